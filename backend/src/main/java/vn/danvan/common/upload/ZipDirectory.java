package vn.danvan.common.upload;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The entries of a ZIP package (an .docx or .xlsx upload) read from its central directory, without inflating anything:
 * what a package holds costs what its directory weighs, however large its entries claim to be. A package whose
 * directory cannot be read has no entries.
 */
public final class ZipDirectory {

    /** One entry: its name and where its local header starts. */
    public record Entry(String name, long localHeaderOffset) {
    }

    private static final int END_SIGNATURE = 0x06054b50;
    private static final int CENTRAL_SIGNATURE = 0x02014b50;
    private static final int END_SIZE = 22;
    private static final int MAX_COMMENT = 0xFFFF;

    private ZipDirectory() {
    }

    /** At most {@code maxEntries} entries, in directory order. */
    public static List<Entry> entries(byte[] zip, int maxEntries) {
        List<Entry> entries = new ArrayList<>();
        int end = findEnd(zip);
        if (end < 0) {
            return entries;
        }
        int count = u16(zip, end + 10);
        long offset = u32(zip, end + 16);
        int at = (int) Math.min(offset, Integer.MAX_VALUE);
        for (int i = 0; i < count && i < maxEntries; i++) {
            if (at < 0 || at + 46 > zip.length || s32(zip, at) != CENTRAL_SIGNATURE) {
                return entries;
            }
            int nameLength = u16(zip, at + 28);
            int extraLength = u16(zip, at + 30);
            int commentLength = u16(zip, at + 32);
            long local = u32(zip, at + 42);
            if (at + 46 + nameLength > zip.length) {
                return entries;
            }
            String name = new String(zip, at + 46, nameLength, java.nio.charset.StandardCharsets.UTF_8);
            entries.add(new Entry(name, local));
            at += 46 + nameLength + extraLength + commentLength;
        }
        return entries;
    }

    /** Where the entry with this name starts (its local header), when the package has it. */
    public static Optional<Long> find(byte[] zip, String name, int maxEntries) {
        return entries(zip, maxEntries).stream().filter(e -> e.name().equals(name)).map(Entry::localHeaderOffset)
                .filter(offset -> offset >= 0 && offset < zip.length).findFirst();
    }

    private static int findEnd(byte[] zip) {
        int lowest = Math.max(0, zip.length - END_SIZE - MAX_COMMENT);
        for (int at = zip.length - END_SIZE; at >= lowest; at--) {
            if (s32(zip, at) == END_SIGNATURE) {
                return at;
            }
        }
        return -1;
    }

    private static int u16(byte[] b, int at) {
        return (b[at] & 0xFF) | (b[at + 1] & 0xFF) << 8;
    }

    private static long u32(byte[] b, int at) {
        return s32(b, at) & 0xFFFFFFFFL;
    }

    private static int s32(byte[] b, int at) {
        if (at < 0 || at + 4 > b.length) {
            return 0;
        }
        return (b[at] & 0xFF) | (b[at + 1] & 0xFF) << 8 | (b[at + 2] & 0xFF) << 16 | (b[at + 3] & 0xFF) << 24;
    }
}
