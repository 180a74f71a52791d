package org.latitude.ui.admin;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.communication.TransferUtil;
import com.vaadin.flow.server.streams.TransferContext;
import com.vaadin.flow.server.streams.TransferProgressAwareHandler;
import com.vaadin.flow.server.streams.UploadEvent;
import com.vaadin.flow.server.streams.UploadHandler;
import com.vaadin.flow.server.streams.UploadMetadata;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * An upload streamed into a temporary file with the size limit enforced on the server while it streams: a request
 * that announces more than the limit is refused before a byte is read, and one that sends more (no or a false length)
 * is cut off at the limit, its partial file deleted. The browser's own size check is only a convenience; this holds
 * for a direct POST to the upload URL. Multipart requests are also bounded by the container's multipart limits.
 */
public final class LimitedUpload extends TransferProgressAwareHandler<UploadEvent, LimitedUpload> implements UploadHandler {

    /** Receives the complete file inside {@code UI.access}; the file is the receiver's to delete. */
    public interface Receiver {
        void received(UploadMetadata metadata, Path file);
    }

    private final long maxBytes;
    private final transient Receiver receiver;

    public LimitedUpload(long maxBytes, Receiver receiver) {
        this.maxBytes = maxBytes;
        this.receiver = receiver;
    }

    @Override
    public void handleUploadRequest(UploadEvent event) throws IOException {
        if (event.getFileSize() > maxBytes) {
            event.reject(tooLarge());
            return;
        }
        UI ui = event.getUI();
        setTransferUI(ui);
        Path file = Files.createTempFile("latitude-upload-", ".part");
        long size;
        try (InputStream in = new Limited(event.getInputStream(), maxBytes);
             OutputStream out = Files.newOutputStream(file)) {
            size = TransferUtil.transfer(in, out, getTransferContext(event), getListeners());
        } catch (TooLarge e) {
            Files.deleteIfExists(file);
            event.reject(tooLarge());
            return;
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(file);
            notifyError(event, e instanceof IOException io ? io : new IOException(e));
            throw e;
        }
        UploadMetadata metadata = new UploadMetadata(event.getFileName(), event.getContentType(), size);
        ui.access(() -> receiver.received(metadata, file));
    }

    @Override
    protected TransferContext getTransferContext(UploadEvent event) {
        return new TransferContext(event.getRequest(), event.getResponse(), event.getSession(), event.getFileName(),
                event.getOwningElement(), event.getFileSize());
    }

    @Override
    public long getFileSizeMax() {
        return maxBytes;
    }

    private String tooLarge() {
        return String.format(Locale.ROOT, "The file is larger than the limit of %,d bytes; nothing was stored.", maxBytes);
    }

    /** Signals that the stream passed the limit. */
    private static final class TooLarge extends IOException {
        TooLarge() {
            super("upload larger than the limit");
        }
    }

    /** Throws {@link TooLarge} as soon as more than {@code max} bytes were read. */
    private static final class Limited extends FilterInputStream {
        private final long max;
        private long count;

        Limited(InputStream in, long max) {
            super(in);
            this.max = max;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                count(1);
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = super.read(buffer, offset, (int) Math.min(length, max - count + 1));
            if (n > 0) {
                count(n);
            }
            return n;
        }

        private void count(int n) throws TooLarge {
            count += n;
            if (count > max) {
                throw new TooLarge();
            }
        }
    }
}
