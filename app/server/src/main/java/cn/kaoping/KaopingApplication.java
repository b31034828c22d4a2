package cn.kaoping;

import cn.kaoping.applications.ApplicationResource;
import cn.kaoping.approval.ApprovalResource;
import cn.kaoping.approval.LateEntryResource;
import cn.kaoping.cycle.AssessedInResource;
import cn.kaoping.cycle.CycleResource;
import cn.kaoping.entry.EntryResource;
import cn.kaoping.evidence.EvidenceResource;
import cn.kaoping.jurisdiction.JurisdictionResource;
import cn.kaoping.people.MemberResource;
import cn.kaoping.people.PeopleResource;
import cn.kaoping.publication.PublicationResource;
import cn.kaoping.results.ResultsResource;
import cn.kaoping.platform.security.Role;
import cn.kaoping.platform.web.AccessTokenFilter;
import cn.kaoping.platform.web.PingResource;
import cn.kaoping.platform.web.ProblemMappers;
import cn.kaoping.platform.web.StrictJsonReader;
import cn.kaoping.platform.web.TenantPathFilter;
import cn.kaoping.schemes.SchemeResource;
import cn.kaoping.selfassessment.SelfAssessmentResource;
import cn.kaoping.tenant.TenantResource;
import cn.kaoping.tenant.ProvisioningAdmission;
import cn.kaoping.tenant.TenantsResource;
import jakarta.annotation.security.DeclareRoles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import java.util.Map;
import java.util.Set;
import org.eclipse.microprofile.auth.LoginConfig;

/**
 * The REST API, and the composition root: every resource and provider is listed here (so that
 * nothing on the class path is picked up by scanning). It must be a CDI bean for MicroProfile
 * JWT to activate. Nothing depends on this class.
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
                TenantsResource.class,
                TenantResource.class,
                SchemeResource.class,
                CycleResource.class,
                AssessedInResource.class,
                PeopleResource.class,
                MemberResource.class,
                EntryResource.class,
                ResultsResource.class,
                SelfAssessmentResource.class,
                ApplicationResource.class,
                EvidenceResource.class,
                ApprovalResource.class,
                LateEntryResource.class,
                PublicationResource.class,
                PingResource.class,
                AccessTokenFilter.class,
                TenantPathFilter.class,
                ProvisioningAdmission.class,
                StrictJsonReader.class,
                ProblemMappers.WebApplication.class,
                ProblemMappers.Domain.class,
                ProblemMappers.Json.class,
                ProblemMappers.Unexpected.class);
    }

    /**
     * No WADL: Jersey would describe every resource, its classes' paths and parameters, to anyone
     * at {@code /api/application.wadl} and in the answer to every {@code OPTIONS} request. The API
     * is described by {@code /openapi}.
     */
    @Override
    public Map<String, Object> getProperties() {
        return Map.of("jersey.config.server.wadl.disableWadl", true);
    }
}
