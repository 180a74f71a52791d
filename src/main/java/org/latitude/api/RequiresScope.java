package org.latitude.api;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.latitude.security.ApiScope;

/** The token scope an endpoint needs ({@link ApiScope#ADMIN} covers every scope); checked by {@code ScopeCheck}. */
@Target({ElementType.METHOD, ElementType.TYPE})
@Retention(RetentionPolicy.RUNTIME)
public @interface RequiresScope {

    ApiScope value();
}
