package vn.danvan.attachment;

import java.io.IOException;
import java.nio.file.Files;

import org.jboss.resteasy.reactive.multipart.FileUpload;

import vn.danvan.common.error.ProblemException;
import vn.danvan.common.error.RequestParams;

/** Reading a multipart upload's {@code file} part, and an attachment id in a path, with the platform's 400s. */
final class Uploads {

    private Uploads() {
    }

    static byte[] bytesOf(FileUpload file) {
        if (file == null || file.uploadedFile() == null) {
            throw ProblemException.invalid("file", "thiếu tệp (the file part is missing)");
        }
        try {
            if (Files.size(file.uploadedFile()) > AttachmentService.MAX_SIZE) {
                throw ProblemException.invalid("file", "tệp lớn hơn 20 MB (the file is larger than 20 MB)");
            }
            return Files.readAllBytes(file.uploadedFile());
        } catch (IOException e) {
            throw ProblemException.invalid("file", "không đọc được tệp tải lên (the upload cannot be read)");
        }
    }

    static long attachmentIdOf(String raw) {
        RequestParams p = new RequestParams();
        Long value = p.id("attachmentId", raw);
        p.validate();
        return value;
    }
}
