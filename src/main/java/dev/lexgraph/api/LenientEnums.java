package dev.lexgraph.api;

import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.springframework.core.convert.converter.Converter;
import org.springframework.core.convert.converter.ConverterFactory;

/**
 * Request parameters that name an enum's value ({@code type=ke-hoach}, {@code severity=high},
 * {@code format=CSV}): case, and dashes for underscores, are forgiven. An unknown value fails conversion, which
 * {@link ProblemAdvice} answers with the valid values.
 */
final class LenientEnums implements ConverterFactory<String, Enum<?>> {

    @Override
    @SuppressWarnings({"unchecked", "rawtypes"})
    public <T extends Enum<?>> Converter<String, T> getConverter(Class<T> type) {
        return source -> {
            String s = source.strip();
            if (s.isEmpty()) {
                return null;
            }
            String name = s.toUpperCase(Locale.ROOT).replace('-', '_');
            for (T constant : type.getEnumConstants()) {
                if (((Enum) constant).name().equals(name)) {
                    return constant;
                }
            }
            throw new IllegalArgumentException("'" + s + "' is none of " + values(type));
        };
    }

    /** The values a client writes: the enum's codes when it has them (lower case), else its names. */
    static List<String> values(Class<?> type) {
        Method code = null;
        try {
            code = type.getMethod("code");
        } catch (NoSuchMethodException e) {
            // names then
        }
        Method codeOf = code;
        return Arrays.stream(type.getEnumConstants()).map(c -> {
            try {
                return codeOf == null ? ((Enum<?>) c).name() : String.valueOf(codeOf.invoke(c));
            } catch (ReflectiveOperationException e) {
                return ((Enum<?>) c).name();
            }
        }).toList();
    }
}
