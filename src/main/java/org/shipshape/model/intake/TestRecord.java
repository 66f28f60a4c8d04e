package org.shipshape.model.intake;

import java.time.LocalDate;
import java.util.Objects;

/** Functionality test of a used electrical item (required to prove it is not waste). */
public record TestRecord(LocalDate testedOn, String testedBy, TestResult result, String notes) {
    public TestRecord {
        Objects.requireNonNull(testedOn, "testedOn");
        Objects.requireNonNull(testedBy, "testedBy");
        Objects.requireNonNull(result, "result");
    }
}
