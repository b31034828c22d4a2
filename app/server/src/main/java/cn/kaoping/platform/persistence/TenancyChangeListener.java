package cn.kaoping.platform.persistence;

import jakarta.inject.Inject;
import jakarta.persistence.PostPersist;
import jakarta.persistence.PostRemove;
import jakarta.persistence.PostUpdate;

/**
 * On the entities that {@link TenancyCache}s are read from: a transaction of this server that
 * writes one moves the generation of {@link TenancyChanges} on when it commits.
 */
public class TenancyChangeListener {

    @Inject
    TenancyChanges changes;

    @PostPersist
    @PostUpdate
    @PostRemove
    void written(Object entity) {
        changes.changedInThisTransaction();
    }
}
