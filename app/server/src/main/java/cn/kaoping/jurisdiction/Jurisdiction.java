package cn.kaoping.jurisdiction;

import cn.kaoping.platform.error.DomainException;
import cn.kaoping.platform.persistence.TenancyChangeListener;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityListeners;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.util.Optional;

/** A province, city, county, township, or an organisation that runs an internal scheme. */
@Entity
@EntityListeners(TenancyChangeListener.class)
@Table(name = "jurisdiction")
public class Jurisdiction {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, unique = true, length = 64)
    private String code;

    @Column(nullable = false, length = 200)
    private String name;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private JurisdictionLevel level;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "parent_id")
    private Jurisdiction parent;

    protected Jurisdiction() {
        // for JPA
    }

    private Jurisdiction(String code, String name, JurisdictionLevel level, Jurisdiction parent) {
        this.code = code;
        this.name = name;
        this.level = level;
        this.parent = parent;
    }

    /**
     * A new jurisdiction below this one. Levels only go down (a city below a province, not the
     * reverse); an organisation may sit below any level.
     */
    public Jurisdiction establishChild(String code, String name, JurisdictionLevel level) {
        if (!level.mayBeChildOf(this.level)) {
            throw new DomainException.Invalid("level",
                    "a " + level + " cannot be established below the " + this.level + " " + this.code);
        }
        return new Jurisdiction(code, name, level, this);
    }

    public Long id() {
        return id;
    }

    public String code() {
        return code;
    }

    public String name() {
        return name;
    }

    public JurisdictionLevel level() {
        return level;
    }

    public Optional<Jurisdiction> parent() {
        return Optional.ofNullable(parent);
    }
}
