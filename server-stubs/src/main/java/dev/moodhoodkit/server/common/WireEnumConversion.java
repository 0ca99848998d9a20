package dev.moodhoodkit.server.common;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.convert.converter.Converter;
import org.springframework.core.convert.converter.ConverterFactory;
import org.springframework.format.FormatterRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Query and path parameters typed by a generated enum take the spec's wire values
 * ({@code ?status=pending}), not the Java constant names ({@code PENDING}) that Spring's default
 * {@code Enum.valueOf} conversion expects: every generated enum has {@code fromValue(String)},
 * which is used here. Other enums convert as before. An unknown value still fails conversion
 * (a 400 problem naming the parameter).
 */
@Configuration(proxyBeanMethods = false)
class WireEnumConversion implements WebMvcConfigurer {

    @Override
    public void addFormatters(FormatterRegistry registry) {
        registry.addConverterFactory(new StringToWireEnum());
    }

    @SuppressWarnings({"rawtypes", "unchecked"})
    static final class StringToWireEnum implements ConverterFactory<String, Enum> {

        @Override
        public <T extends Enum> Converter<String, T> getConverter(Class<T> targetType) {
            Method fromValue = wireValueFactory(targetType);
            if (fromValue == null) {
                return source -> source.isEmpty() ? null : (T) Enum.valueOf(targetType, source.trim());
            }
            return source -> {
                if (source.isEmpty()) {
                    return null;
                }
                try {
                    return (T) fromValue.invoke(null, source.trim());
                } catch (InvocationTargetException e) {
                    throw e.getCause() instanceof RuntimeException cause
                            ? cause
                            : new IllegalArgumentException(e.getCause());
                } catch (IllegalAccessException e) {
                    throw new IllegalStateException(e);
                }
            };
        }

        private static Method wireValueFactory(Class<?> type) {
            if (!type.getPackageName().startsWith(WebConfig.API_PACKAGE)) {
                return null;
            }
            try {
                Method method = type.getMethod("fromValue", String.class);
                return Modifier.isStatic(method.getModifiers()) && type.isAssignableFrom(method.getReturnType())
                        ? method
                        : null;
            } catch (NoSuchMethodException e) {
                return null;
            }
        }
    }
}
