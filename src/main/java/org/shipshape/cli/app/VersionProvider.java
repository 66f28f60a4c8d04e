package org.shipshape.cli.app;

import picocli.CommandLine.IVersionProvider;

/** picocli's {@code --version} (with other options, such as {@code --lang fr --version}): {@link Version#line()}. */
final class VersionProvider implements IVersionProvider {
    @Override
    public String[] getVersion() {
        return new String[] {Version.line()};
    }
}
