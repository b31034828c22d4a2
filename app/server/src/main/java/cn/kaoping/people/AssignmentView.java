package cn.kaoping.people;

import java.time.OffsetDateTime;

/** An assignment as the API shows it: who (username, name, Keycloak subject), which role, which scope. */
public record AssignmentView(long id, String username, String name, String subject, String role, String scopeKind,
                             String scope, OffsetDateTime createdAt, String createdBy) {
}
