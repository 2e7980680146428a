package vn.danvan.attachment;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.HexFormat;

import jakarta.ws.rs.core.Response;

/** The HTTP response that hands a stored file to a browser: its real type, its name in UTF-8, its digest. */
final class Downloads {

    private Downloads() {
    }

    static Response of(AttachmentService.StoredFile file) {
        AttachmentDto a = file.attachment();
        String ascii = a.fileName().replaceAll("[^\\x20-\\x7E]", "_").replace("\"", "_");
        String utf8 = URLEncoder.encode(a.fileName(), StandardCharsets.UTF_8).replace("+", "%20");
        String digest = Base64.getEncoder().encodeToString(HexFormat.of().parseHex(a.sha256()));
        return Response.ok(file.content()).type(a.mediaType())
                .header("Content-Disposition", "attachment; filename=\"" + ascii + "\"; filename*=UTF-8''" + utf8)
                .header("Repr-Digest", "sha-256=:" + digest + ":").header("X-Content-Type-Options", "nosniff")
                .header("Cache-Control", "private, no-store").build();
    }
}
