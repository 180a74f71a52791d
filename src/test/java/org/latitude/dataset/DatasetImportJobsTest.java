package org.latitude.dataset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.nio.charset.StandardCharsets;
import java.util.concurrent.ExecutionException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.latitude.shared.UnexpectedFailure;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

/** A background import that fails unexpectedly is logged with its cause under the reference the screen shows. */
@ExtendWith(OutputCaptureExtension.class)
class DatasetImportJobsTest {

    @Test
    void anUnexpectedFailureIsLoggedWithItsCauseAndTheReferenceTheFutureCarries(CapturedOutput output) {
        DatasetService service = mock(DatasetService.class);
        when(service.importFile(any(), any(), any())).thenThrow(new IllegalStateException("disk full"));
        DatasetImportJobs jobs = new DatasetImportJobs(service);
        try {
            var future = jobs.submit(ImportSource.of("{}".getBytes(StandardCharsets.UTF_8)),
                    new ImportRequest("broken", ImportFormat.GENERIC_JSONL, "broken.jsonl"), ImportListener.NONE);
            Throwable failure = catchThrowable(future::get);
            assertThat(failure).isInstanceOf(ExecutionException.class).cause().isInstanceOf(UnexpectedFailure.class);
            UnexpectedFailure unexpected = (UnexpectedFailure) failure.getCause();
            assertThat(output.getOut()).contains("Dataset import failed, reference " + unexpected.reference(),
                    "broken.jsonl", "java.lang.IllegalStateException: disk full", "at org.latitude.dataset.");
        } finally {
            jobs.stop();
        }
    }
}
