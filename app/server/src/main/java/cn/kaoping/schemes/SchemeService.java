package cn.kaoping.schemes;

import cn.kaoping.audit.AuditTrail;
import cn.kaoping.platform.error.DomainException;
import cn.kaoping.platform.error.InputCheck;
import cn.kaoping.platform.persistence.InTenant;
import cn.kaoping.platform.security.Actor;
import cn.kaoping.platform.security.Caller;
import cn.kaoping.platform.security.CurrentTenant;
import cn.kaoping.scheme.Scheme;
import cn.kaoping.scheme.SchemeDiff;
import cn.kaoping.scoring.EntryForm;
import cn.kaoping.scoring.PreparedScheme;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonReader;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import java.io.StringReader;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

/**
 * The life of the tenant's schemes: upload a draft, replace it while it is one, publish it, copy
 * a published version for another year, compare two versions. Every change is in the audit trail.
 * Each method is one transaction in the request's tenant.
 */
@ApplicationScoped
@Transactional
@InTenant
public class SchemeService {

    /** Where an uploaded version comes from. */
    static final String UPLOAD = "upload";

    @Inject
    CurrentTenant tenant;
    @Inject
    Caller caller;
    @Inject
    SchemeVersions versions;
    @Inject
    CompiledSchemes compiled;
    @Inject
    SchemeTemplates templates;
    @Inject
    AuditTrail audit;

    /** A version with its document. */
    public record VersionDocument(SchemeVersionView version, String text) {
    }

    public List<SchemeView> list() {
        return versions.schemes();
    }

    public SchemeView scheme(String schemeId) {
        return SchemeView.of(versions.all().stream().filter(v -> v.scheme().equals(schemeId)).toList()).stream()
                .findFirst()
                .orElseThrow(() -> notFound(schemeId));
    }

    /** The version in force: the newest published one, else the draft of a scheme never published. */
    public VersionDocument current(String schemeId) {
        return document(versions.current(schemeId).orElseThrow(() -> notFound(schemeId)));
    }

    public VersionDocument document(VersionRef ref) {
        return document(version(ref));
    }

    /** A new draft from an uploaded document: version 1 of a new scheme, or the next version of the scheme it names. */
    public SchemeVersionView upload(String text) {
        SchemeDocument document = checked(text);
        String schemeId = document.schemeId();
        versions.draft(schemeId).ifPresent(d -> {
            throw new DomainException.Conflict("考评方案 " + schemeId + " 已有草稿（第" + d.version()
                    + "版），请修改该草稿，或先发布它再上传新的草稿。");
        });
        int number = versions.lastVersion(schemeId).map(n -> n + 1).orElse(1);
        SchemeVersion draft = SchemeVersion.draft(number, UPLOAD, document, actor(), OffsetDateTime.now());
        versions.add(draft);
        flush(schemeId);
        record("scheme.draft.created", "考评方案 " + schemeId + " 第" + number + "版草稿上传", draft);
        return draft.view();
    }

    /** Replaces a draft's document; a published version is refused, a stale {@code expectedHash} too. */
    public SchemeVersionView replace(VersionRef ref, String text, Optional<String> expectedHash) {
        SchemeVersion draft = version(ref);
        draft.requireDraft("修改");
        draft.expect(expectedHash);
        SchemeDocument document = checked(text);
        if (!document.schemeId().equals(ref.scheme())) {
            throw new DomainException.Invalid("id", "must be " + ref.scheme() + ", the scheme of this version");
        }
        draft.replace(document, expectedHash, actor(), OffsetDateTime.now());
        flush(ref.scheme());
        record("scheme.draft.replaced", "考评方案 " + ref.scheme() + " 第" + ref.version() + "版草稿修改", draft);
        return draft.view();
    }

    /** Discards a draft (a published version is refused), so that another may be uploaded. */
    public void discard(VersionRef ref, Optional<String> expectedHash) {
        SchemeVersion draft = version(ref);
        draft.requireDraft("删除");
        draft.expect(expectedHash);
        versions.remove(draft);
        flush(ref.scheme());
        record("scheme.draft.discarded", "考评方案 " + ref.scheme() + " 第" + ref.version() + "版草稿删除", draft);
    }

    /** Publishes a draft the engine accepts (now, not only when it was uploaded); from then on it never changes. */
    public SchemeVersionView publish(VersionRef ref, Optional<String> expectedHash) {
        SchemeVersion draft = version(ref);
        draft.requireDraft("发布");
        draft.expect(expectedHash);
        PreparedScheme prepared = compiled.compile(draft.document());
        draft.publish(expectedHash, actor(), OffsetDateTime.now());
        flush(ref.scheme());
        compiled.published(tenant.code(), draft, prepared);
        record("scheme.published", "考评方案 " + ref.scheme() + " 第" + ref.version() + "版发布", draft);
        return draft.view();
    }

    /**
     * A published version copied for another year: version 1 (a draft) of a new scheme
     * {@code <tenant>-<name>-<year>}, to be edited for that year and published.
     */
    public SchemeVersionView cloneForYear(VersionRef ref, int year) {
        SchemeVersion source = version(ref);
        source.requirePublished("复制到其他年度");
        SchemeCopy copy = templates.forYear("year", tenant.code(), ref.scheme(), ref.version(), source.document(), year);
        if (versions.lastVersion(copy.schemeId()).isPresent()) {
            throw new DomainException.Conflict("考评方案 " + copy.schemeId() + " 已存在，不能再复制出同名方案。");
        }
        SchemeVersion draft = SchemeVersion.draft(1, copy.origin(), copy.document(), actor(), OffsetDateTime.now());
        versions.add(draft);
        flush(copy.schemeId());
        record("scheme.cloned", "考评方案 " + ref + " 复制为 " + copy.schemeId() + "（" + year + "年度）第1版草稿", draft);
        return draft.view();
    }

    /** What a clerk fills in for a fact of each rule of the version (考评录入), from the kinds' descriptions. */
    public EntryForm entryForm(VersionRef ref) {
        return compiled.of(tenant.code(), version(ref)).entryForm();
    }

    /** Indicators and rules added, removed and changed from one version to another, with their points. */
    public SchemeVersionDiff diff(VersionRef from, VersionRef to) {
        SchemeVersion before = version(from);
        SchemeVersion after = version(to);
        return new SchemeVersionDiff(before.view(), after.view(), SchemeDiff.between(scheme(before), scheme(after)));
    }

    private Scheme scheme(SchemeVersion version) {
        return compiled.of(tenant.code(), version).scheme();
    }

    /** The engine's verdict on an uploaded document, and its id within the tenant; stored compact. */
    private SchemeDocument checked(String text) {
        Scheme scheme = compiled.check(text);
        String prefix = tenant.code() + "-";
        if (!scheme.id().startsWith(prefix)) {
            throw new DomainException.Invalid("id", "must start with '" + prefix + "' (the tenant's code), so that it is unique in the server");
        }
        try (JsonReader reader = Json.createReader(new StringReader(text))) {
            return SchemeDocument.of(scheme, reader.readValue().toString());
        }
    }

    private SchemeVersion version(VersionRef ref) {
        return versions.find(ref.scheme(), ref.version()).orElseThrow(() ->
                new DomainException.NotFound("考评方案 " + InputCheck.echo(ref.scheme()) + " 没有第" + ref.version() + "版。"));
    }

    private static DomainException.NotFound notFound(String schemeId) {
        return new DomainException.NotFound("没有考评方案 " + InputCheck.echo(schemeId) + "。");
    }

    private VersionDocument document(SchemeVersion version) {
        return new VersionDocument(version.view(), version.document());
    }

    /** Writes now, so that a concurrent change of the same scheme is a conflict rather than a failed commit. */
    private void flush(String schemeId) {
        try {
            versions.flush();
        } catch (PersistenceException e) {
            throw new DomainException.Conflict("考评方案 " + schemeId + " 正被他人同时修改，请重新读取后再试。");
        }
    }

    private void record(String action, String detail, SchemeVersion version) {
        audit.record(actor(), action, detail + "（内容摘要 " + version.hash().substring(0, 12) + "）");
    }

    private Actor actor() {
        return caller.actor();
    }
}
