package dev.moodhoodkit.server.architecture.violations;

import dev.moodhoodkit.server.api.model.CreatedId;

/** Breaks a rule on purpose: a service that answers with a generated model. */
public class ServiceReturningAGeneratedModel {

    public CreatedId create() {
        return new CreatedId("60d55c0eb9ef88ab17b0aabb");
    }
}
