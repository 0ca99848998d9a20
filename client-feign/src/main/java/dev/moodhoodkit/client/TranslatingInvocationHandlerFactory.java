package dev.moodhoodkit.client;

import feign.FeignException;
import feign.InvocationHandlerFactory;
import feign.Target;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.Method;
import java.util.Map;

/**
 * Feign's own proxy, with every {@link FeignException} that escapes it turned into the client's
 * exception hierarchy, so that callers catch one type.
 */
final class TranslatingInvocationHandlerFactory implements InvocationHandlerFactory {

    private final InvocationHandlerFactory feignDefault = new InvocationHandlerFactory.Default();

    @Override
    public InvocationHandler create(Target target, Map<Method, MethodHandler> dispatch) {
        InvocationHandler feignHandler = feignDefault.create(target, dispatch);
        return (proxy, method, args) -> {
            try {
                return feignHandler.invoke(proxy, method, args);
            } catch (FeignException e) {
                throw Failures.translate(e);
            }
        };
    }
}
