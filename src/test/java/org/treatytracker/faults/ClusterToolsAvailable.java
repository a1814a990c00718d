package org.treatytracker.faults;

import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Skips a test class, saying why, where no cluster of its own can be made; evaluated before
 * Quarkus starts the application, which would otherwise fail to start without its database.
 */
public class ClusterToolsAvailable implements ExecutionCondition {

    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
        return DebianCluster.unavailableBecause()
                .map(ConditionEvaluationResult::disabled)
                .orElseGet(() -> ConditionEvaluationResult.enabled("pg_createcluster is available"));
    }
}
