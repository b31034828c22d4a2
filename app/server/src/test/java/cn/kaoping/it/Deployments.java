package cn.kaoping.it;

import java.io.File;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.importer.ZipImporter;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/** The deployment of every integration test: the WAR the build produced, unchanged. */
public final class Deployments {

    private Deployments() {
    }

    public static WebArchive builtWar() {
        File war = new File(System.getProperty("kaoping.war", "target/kaoping.war"));
        return ShrinkWrap.create(ZipImporter.class, "kaoping.war").importFrom(war).as(WebArchive.class);
    }
}
