package org.swarmsim.cli;

import org.swarmsim.run.BuildInfo;
import picocli.CommandLine.IVersionProvider;

/** {@code swarmsim --version}: the version and git commit of the build ({@link BuildInfo}), and the Java running it. */
public final class VersionProvider implements IVersionProvider {
    @Override
    public String[] getVersion() {
        BuildInfo build = BuildInfo.current();
        return new String[] {
            "swarmsim " + build.version() + " (commit " + build.commit() + ")",
            "Java " + System.getProperty("java.version") + " (" + System.getProperty("java.vm.name") + ")"
        };
    }
}
