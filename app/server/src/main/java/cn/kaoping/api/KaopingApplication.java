package cn.kaoping.api;

import cn.kaoping.jurisdiction.JurisdictionResource;
import cn.kaoping.security.Role;
import cn.kaoping.tenant.TenantResource;
import jakarta.annotation.security.DeclareRoles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import java.util.Set;
import org.eclipse.microprofile.auth.LoginConfig;

/**
 * The REST API. It must be a CDI bean for MicroProfile JWT to activate; its classes are listed
 * explicitly so that no provider on the class path is picked up by scanning.
 */
@ApplicationPath("/api")
@ApplicationScoped
@LoginConfig(authMethod = "MP-JWT")
@DeclareRoles({Role.MEMBER, Role.OPERATOR})
public class KaopingApplication extends Application {

    @Override
    public Set<Class<?>> getClasses() {
        return Set.of(
                JurisdictionResource.class,
                TenantResource.class,
                ProblemMappers.WebApplication.class,
                ProblemMappers.InvalidInputs.class,
                ProblemMappers.Json.class,
                ProblemMappers.Unexpected.class);
    }
}
