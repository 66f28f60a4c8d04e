package org.shipshape.store.safety;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Set;

/**
 * Whether a database lives on a network share. SQLite's WAL mode needs shared memory between all users of the
 * file, which network file systems do not provide; file locks over the network are unreliable too.
 */
public final class StorageLocation {
    private static final Set<String> NETWORK_TYPES = Set.of("nfs", "nfs4", "cifs", "smb", "smbfs", "smb2", "smb3",
            "fuse.sshfs", "sshfs", "afpfs", "webdav", "davfs", "fuse.davfs2", "9p", "ncpfs", "fuse.rclone",
            "fuse.gvfsd-fuse", "afs", "glusterfs", "fuse.glusterfs", "ceph", "fuse.ceph", "lustre");

    private StorageLocation() {
    }

    /** True when the database (or, when it does not exist yet, its folder) is on a network share. */
    public static boolean isOnNetworkShare(Path database) {
        Path absolute = database.toAbsolutePath().normalize();
        if (isUncPath(absolute.toString())) {
            return true;
        }
        Path existing = Files.exists(absolute) ? absolute : absolute.getParent();
        if (existing == null || !Files.exists(existing)) {
            return false;
        }
        try {
            return isNetworkFileSystemType(Files.getFileStore(existing).type());
        } catch (IOException e) {
            return false;
        }
    }

    /** File-system type names (as Linux and macOS report them) that are network shares. */
    static boolean isNetworkFileSystemType(String type) {
        String t = type == null ? "" : type.toLowerCase(Locale.ROOT);
        return NETWORK_TYPES.contains(t) || t.startsWith("nfs") || t.startsWith("smb") || t.startsWith("cifs");
    }

    /** {@code \\server\share\...}: a Windows network path. */
    static boolean isUncPath(String path) {
        return path.startsWith("\\\\") && !path.startsWith("\\\\?\\") && !path.startsWith("\\\\.\\");
    }
}
