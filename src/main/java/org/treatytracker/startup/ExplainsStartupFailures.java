package org.treatytracker.startup;

import jakarta.interceptor.InterceptorBinding;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Turns the failures of a start-up step that an operator can fix (the database unreachable, a login
 * refused, a missing right, unloadable seeds) into one line without a stack trace; see
 * {@link StartupFailureInterceptor}. Any other exception goes on as it was, with its stack trace.
 */
@InterceptorBinding
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.METHOD, ElementType.TYPE})
public @interface ExplainsStartupFailures {
}
