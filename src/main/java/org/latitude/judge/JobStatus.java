package org.latitude.judge;

/** Where a live job stands. */
public enum JobStatus {
    /** Waiting for an instance to claim it. */
    QUEUED,
    /** An instance holds its lease and sends calls. */
    RUNNING,
    /** Stopped by an admin; stored results stay; resumable. */
    CANCELLED,
    /** Stopped before a call would exceed the budget in calls or tokens; resumable with a larger budget. */
    BUDGET,
    /** Every unit has been tried (calls that failed every attempt can be tried again by resuming). */
    DONE,
    /** Could not run (e.g. the endpoint's key is missing); resumable once fixed. */
    FAILED
}
