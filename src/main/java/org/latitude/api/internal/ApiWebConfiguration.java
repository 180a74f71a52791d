package org.latitude.api.internal;

import org.latitude.audit.AuditLog;
import org.latitude.security.CurrentUser;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/** The scope check on every API route. */
@Configuration
class ApiWebConfiguration implements WebMvcConfigurer {

    private final CurrentUser currentUser;
    private final AuditLog audit;

    ApiWebConfiguration(CurrentUser currentUser, AuditLog audit) {
        this.currentUser = currentUser;
        this.audit = audit;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(new ScopeCheck(currentUser, audit)).addPathPatterns("/api/**");
    }
}
