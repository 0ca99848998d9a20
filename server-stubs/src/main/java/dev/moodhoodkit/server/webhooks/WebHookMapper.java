package dev.moodhoodkit.server.webhooks;

import dev.moodhoodkit.server.api.model.WebHook;
import dev.moodhoodkit.server.api.model.WebHookDelivery;
import dev.moodhoodkit.server.api.model.WebHookDeliveryList;
import dev.moodhoodkit.server.api.model.WebHookWithSecret;
import dev.moodhoodkit.server.common.Page;
import dev.moodhoodkit.server.common.WireMapping;
import org.mapstruct.Mapper;

/** The webhooks feature's domain records to the generated models. */
@Mapper(config = WireMapping.class)
interface WebHookMapper {

    WebHook webHook(WebHooks.Settings settings);

    WebHookWithSecret withSecret(WebHooks.Settings settings);

    WebHookDeliveryList list(Page<WebHookDeliveries.Delivery> page);

    WebHookDelivery delivery(WebHookDeliveries.Delivery delivery);
}
