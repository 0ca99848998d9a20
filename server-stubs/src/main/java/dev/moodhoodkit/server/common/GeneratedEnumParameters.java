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
 * Query and path parameters whose schema is an enum ({@code ?status=pending}) arrive as the
 * spec's values, while the generated enums' constants are upper case ({@code PENDING}); Spring's
 * default conversion ({@code Enum.valueOf}) would answer 400 for every valid value. This
 * converts through the generated {@code fromValue}, as the generator's own
 * {@code EnumConverterConfiguration} would (a supporting file, which we do not generate). An
 * unknown value still fails conversion, which answers 400 naming the parameter.
 */
@Configuration(proxyBeanMethods = false)
class GeneratedEnumParameters implements WebMvcConfigurer {

    @Override
    public void addFormatters(FormatterRegistry registry) {
        registry.addConverterFactory(new SpecValues());
    }

    @SuppressWarnings({"rawtypes", "unchecked"})
    private static final class SpecValues implements ConverterFactory<String, Enum> {

        @Override
        public <T extends Enum> Converter<String, T> getConverter(Class<T> type) {
            Method fromValue = fromValue(type);
            if (fromValue == null) {
                return source -> source.isBlank() ? null : (T) Enum.valueOf(type, source.trim());
            }
            return source -> {
                if (source.isBlank()) {
                    return null;
                }
                try {
                    return (T) fromValue.invoke(null, source.trim());
                } catch (InvocationTargetException e) {
                    throw e.getCause() instanceof RuntimeException runtime ? runtime
                            : new IllegalArgumentException(e.getCause());
                } catch (IllegalAccessException e) {
                    throw new IllegalStateException(e);
                }
            };
        }

        private static Method fromValue(Class<?> type) {
            Class<?> enumType = type.isEnum() ? type : type.getSuperclass();
            if (enumType == null || !enumType.getPackageName().startsWith(WebConfig.API_PACKAGE)) {
                return null;
            }
            try {
                Method method = enumType.getMethod("fromValue", String.class);
                return Modifier.isStatic(method.getModifiers()) ? method : null;
            } catch (NoSuchMethodException e) {
                return null;
            }
        }
    }
}
