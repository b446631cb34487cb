package dk.attestkursus.testsupport;

import dk.attestkursus.kernel.TypedId;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.Parameter;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.lang.reflect.TypeVariable;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.aop.support.AopUtils;
import org.springframework.context.ApplicationContext;
import org.springframework.stereotype.Service;

/**
 * The public methods of the platform's service beans (every feature's door), found by reflection on the
 * Spring context, with arguments made up by type: a typed id as the caller chooses, a harmless value for
 * anything else. Shared by the tests that call every service method ({@code CrossMunicipalityIT},
 * {@code AccessMatrixIT}), so a new method is called without anyone listing it.
 */
public final class ServiceMethods {

    private ServiceMethods() {}

    /** Every public instance method declared by a {@code @Service} bean of the platform, by {@link Call#key}. */
    public static List<Call> all(ApplicationContext context) {
        List<Call> calls = new ArrayList<>();
        for (Object bean : context.getBeansWithAnnotation(Service.class).values()) {
            Class<?> type = AopUtils.getTargetClass(bean);
            if (!type.getPackageName().startsWith("dk.attestkursus")) {
                continue;
            }
            for (Method method : type.getDeclaredMethods()) {
                int modifiers = method.getModifiers();
                if (Modifier.isPublic(modifiers) && !Modifier.isStatic(modifiers) && !method.isSynthetic()) {
                    calls.add(new Call(bean, method));
                }
            }
        }
        calls.sort(Comparator.comparing(Call::key));
        return calls;
    }

    /** One service method, called through its bean (the proxy), so its security and transactions apply. */
    public record Call(Object bean, Method method) {

        /** {@code Service#method(ParameterType,...)}, simple names of the erased types. */
        public String key() {
            return AopUtils.getTargetClass(bean).getSimpleName() + "#" + method.getName() + "("
                    + List.of(method.getParameterTypes()).stream()
                            .map(Class::getSimpleName)
                            .collect(Collectors.joining(","))
                    + ")";
        }

        /** Calls the method with these arguments; what the method throws is thrown as it is. */
        public @Nullable Object invoke(@Nullable Object... args) throws Throwable {
            try {
                Method onProxy = bean.getClass().getMethod(method.getName(), method.getParameterTypes());
                return onProxy.invoke(bean, args);
            } catch (InvocationTargetException e) {
                throw e.getCause();
            }
        }

        @Override
        public String toString() {
            return key();
        }
    }

    /**
     * Made-up arguments: for a typed id the id {@code ids} gives for its class (or one that exists nowhere),
     * for a parameter named in {@code byName} that value, and for anything else a harmless value of its type
     * (records are filled part by part).
     */
    public record Arguments(Function<Class<?>, @Nullable Long> ids, Map<String, @Nullable Object> byName) {

        public Arguments(Function<Class<?>, @Nullable Long> ids) {
            this(ids, Map.of());
        }

        public @Nullable Object[] of(Method method) {
            Parameter[] parameters = method.getParameters();
            Object[] args = new Object[parameters.length];
            for (int i = 0; i < args.length; i++) {
                String name = parameters[i].getName();
                Object named = byName.get(name);
                args[i] = byName.containsKey(name) && fits(parameters[i].getType(), named)
                        ? named
                        : value(parameters[i].getParameterizedType());
            }
            return args;
        }

        public @Nullable Object value(Type type) {
            if (type instanceof ParameterizedType pt) {
                return parameterized(pt);
            }
            if (type instanceof TypeVariable<?> variable) { // a group key of the batch statistics: any value
                return variable.getBounds()[0] == Object.class ? "Prøve" : value(variable.getBounds()[0]);
            }
            Class<?> c = (Class<?>) type;
            if (TypedId.class.isAssignableFrom(c)) {
                return id(c);
            }
            Object simple = simple(c);
            if (simple != null || !c.isRecord()) {
                return simple;
            }
            RecordComponent[] parts = c.getRecordComponents();
            Object[] values = new Object[parts.length];
            Class<?>[] types = new Class<?>[parts.length];
            for (int i = 0; i < parts.length; i++) {
                values[i] = value(parts[i].getGenericType());
                types[i] = parts[i].getType();
            }
            try {
                var constructor = c.getDeclaredConstructor(types);
                constructor.setAccessible(true);
                return constructor.newInstance(values);
            } catch (ReflectiveOperationException | RuntimeException e) {
                return null;
            }
        }

        /** Whether a value named for a parameter suits its type (the same name may stand for other things). */
        private static boolean fits(Class<?> type, @Nullable Object value) {
            if (value == null) {
                return !type.isPrimitive();
            }
            Class<?> boxed = type == int.class
                    ? Integer.class
                    : type == long.class ? Long.class : type == boolean.class ? Boolean.class : type;
            return boxed.isInstance(value);
        }

        private Object id(Class<?> c) {
            Long id = ids.apply(c);
            try {
                return c.getDeclaredConstructor(long.class).newInstance(id == null ? Long.MAX_VALUE - 1 : id);
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException(e);
            }
        }

        /** A collection holds one id where its elements are ids; a map of ids holds one entry. */
        private @Nullable Object parameterized(ParameterizedType pt) {
            Class<?> raw = (Class<?>) pt.getRawType();
            Type[] args = pt.getActualTypeArguments();
            if (Collection.class.isAssignableFrom(raw)) {
                Object element = isId(args[0]) ? value(args[0]) : null;
                if (element == null) {
                    return Set.class.isAssignableFrom(raw) ? Set.of() : List.of();
                }
                return Set.class.isAssignableFrom(raw) ? Set.of(element) : List.of(element);
            }
            if (Map.class.isAssignableFrom(raw)) {
                Object key = isId(args[0]) ? value(args[0]) : null;
                Object entry = key == null ? null : value(args[1]);
                return key == null || entry == null ? Map.of() : Map.of(key, entry);
            }
            if (Optional.class.equals(raw)) {
                return Optional.empty();
            }
            return value(raw);
        }

        private static boolean isId(Type type) {
            return type instanceof Class<?> c && TypedId.class.isAssignableFrom(c);
        }

        private static @Nullable Object simple(Class<?> c) {
            if (c == String.class) {
                return "Prøve";
            }
            if (c == long.class || c == Long.class) {
                return 1L;
            }
            if (c == int.class || c == Integer.class) {
                return 1;
            }
            if (c == boolean.class || c == Boolean.class) {
                return false;
            }
            if (c == double.class || c == Double.class) {
                return 1.0;
            }
            if (c.isEnum()) {
                return c.getEnumConstants()[0];
            }
            return time(c) != null ? time(c) : container(c);
        }

        private static @Nullable Object time(Class<?> c) {
            if (c == Instant.class) {
                return Instant.now();
            }
            if (c == LocalDate.class) {
                return LocalDate.now();
            }
            if (c == LocalTime.class) {
                return LocalTime.NOON;
            }
            if (c == Duration.class) {
                return Duration.ofMinutes(1);
            }
            return null;
        }

        private static @Nullable Object container(Class<?> c) {
            if (c == Locale.class) {
                return Locale.of("da");
            }
            if (c == byte[].class) {
                return new byte[0];
            }
            if (c == InputStream.class) {
                return new ByteArrayInputStream(new byte[0]);
            }
            if (Set.class.isAssignableFrom(c)) {
                return Set.of();
            }
            if (List.class.isAssignableFrom(c) || Collection.class.isAssignableFrom(c)) {
                return List.of();
            }
            if (Map.class.isAssignableFrom(c)) {
                return Map.of();
            }
            return c == Optional.class ? Optional.empty() : null;
        }
    }

    /**
     * Whether an answer shows nothing: nothing, zero, false or empty, also inside a record (statistics of
     * nobody) or as a map's values. Typed ids may come back (a record naming the run asked about).
     */
    public static boolean revealsNothing(@Nullable Object result) {
        if (result == null
                || result instanceof TypedId
                || (result instanceof String text && text.isEmpty())
                || (result instanceof Optional<?> o && o.isEmpty())
                || (result instanceof Collection<?> c && c.isEmpty())
                || Boolean.FALSE.equals(result)
                || (result instanceof Number n && n.doubleValue() == 0)) {
            return true;
        }
        if (result instanceof Map<?, ?> m) {
            return m.values().stream().allMatch(ServiceMethods::revealsNothing);
        }
        if (result.getClass().isRecord()) {
            for (RecordComponent part : result.getClass().getRecordComponents()) {
                try {
                    part.getAccessor().setAccessible(true);
                    if (!revealsNothing(part.getAccessor().invoke(result))) {
                        return false;
                    }
                } catch (ReflectiveOperationException e) {
                    return false;
                }
            }
            return true;
        }
        return false;
    }
}
