package vn.danvan.attachment;

import vn.danvan.common.upload.ZipDirectory;

/** The file types the system keeps, recognised by their content (magic bytes, the parts of an OOXML package). */
public enum FileType {
    PDF("application/pdf", "pdf"),
    DOCX("application/vnd.openxmlformats-officedocument.wordprocessingml.document", "docx"),
    XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "xlsx"), JPEG("image/jpeg", "jpg"),
    PNG("image/png", "png");

    private static final int MAX_ZIP_ENTRIES = 2_000;

    private final String mediaType;
    private final String extension;

    FileType(String mediaType, String extension) {
        this.mediaType = mediaType;
        this.extension = extension;
    }

    public String mediaType() {
        return mediaType;
    }

    public String extension() {
        return extension;
    }

    /** The type of this content, or null when it is none of the kept types (whatever its name says). */
    public static FileType detect(byte[] content) {
        if (content == null || content.length < 8) {
            return null;
        }
        if (startsWith(content, "%PDF-".getBytes(java.nio.charset.StandardCharsets.US_ASCII))) {
            return PDF;
        }
        if (startsWith(content, new byte[] { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n' })) {
            return PNG;
        }
        if (startsWith(content, new byte[] { (byte) 0xFF, (byte) 0xD8, (byte) 0xFF })) {
            return JPEG;
        }
        if (startsWith(content, new byte[] { 'P', 'K', 3, 4 })) {
            return officePackage(content);
        }
        return null;
    }

    /** Read from the package's central directory: nothing is inflated, so a zip bomb costs what it weighs. */
    private static FileType officePackage(byte[] content) {
        boolean contentTypes = false;
        FileType found = null;
        for (ZipDirectory.Entry entry : ZipDirectory.entries(content, MAX_ZIP_ENTRIES)) {
            switch (entry.name()) {
            case "[Content_Types].xml" -> contentTypes = true;
            case "word/document.xml" -> found = DOCX;
            case "xl/workbook.xml" -> found = XLSX;
            default -> {
            }
            }
        }
        return contentTypes ? found : null;
    }

    private static boolean startsWith(byte[] content, byte[] prefix) {
        if (content.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (content[i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
