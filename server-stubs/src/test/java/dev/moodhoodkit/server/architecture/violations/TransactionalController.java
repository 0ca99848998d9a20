package dev.moodhoodkit.server.architecture.violations;

import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.RestController;

/** Breaks a rule on purpose: a controller that opens a transaction. */
@RestController
public class TransactionalController {

    @Transactional
    public String handle() {
        return "done";
    }
}
