package dev.moodhoodkit.server.webhooks;

import dev.moodhoodkit.server.api.WebHookApi;
import dev.moodhoodkit.server.api.model.CreateWebHookRequest;
import dev.moodhoodkit.server.api.model.UpdateWebHookRequest;
import dev.moodhoodkit.server.api.model.WebHook;
import dev.moodhoodkit.server.api.model.WebHookDeliveryList;
import dev.moodhoodkit.server.api.model.WebHookWithSecret;
import dev.moodhoodkit.server.auth.CurrentCaller;
import dev.moodhoodkit.server.common.Locations;
import dev.moodhoodkit.server.common.Paging;
import dev.moodhoodkit.server.common.SentFields;
import org.springframework.http.CacheControl;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RestController;

/** A space's webhook: settings, secret and delivery log. */
@RestController
class WebHookController implements WebHookApi {

    private final WebHookService service;
    private final WebHookMapper mapper;

    WebHookController(WebHookService service, WebHookMapper mapper) {
        this.service = service;
        this.mapper = mapper;
    }

    @Override
    public ResponseEntity<WebHookWithSecret> createWebHook(String spaceId, CreateWebHookRequest request) {
        WebHooks.Settings created =
                service.create(CurrentCaller.get(), spaceId, request.getUrl().toString());
        return Locations.created("/spaces/" + spaceId + "/webhook", mapper.withSecret(created));
    }

    @Override
    public ResponseEntity<WebHook> getWebHook(String spaceId) {
        return ResponseEntity.ok(mapper.webHook(service.get(CurrentCaller.get(), spaceId)));
    }

    @Override
    public ResponseEntity<WebHook> updateWebHook(String spaceId, UpdateWebHookRequest request) {
        String url = request.getUrl() == null ? null : request.getUrl().toString();
        return ResponseEntity.ok(mapper.webHook(
                service.update(CurrentCaller.get(), spaceId, url, request.getIsActive(), SentFields.current())));
    }

    @Override
    public ResponseEntity<Void> deleteWebHook(String spaceId) {
        service.delete(CurrentCaller.get(), spaceId);
        return ResponseEntity.noContent().build();
    }

    @Override
    public ResponseEntity<WebHookWithSecret> refreshSecretWebHook(String spaceId) {
        WebHooks.Settings refreshed = service.refreshSecret(CurrentCaller.get(), spaceId);
        // A secret: keep it out of caches (as the integration client's secret refresh does).
        return ResponseEntity.ok().cacheControl(CacheControl.noStore()).body(mapper.withSecret(refreshed));
    }

    @Override
    public ResponseEntity<WebHookDeliveryList> listWebHookDeliveries(String spaceId, Integer limit, Integer offset) {
        return ResponseEntity.ok(
                mapper.list(service.deliveries(CurrentCaller.get(), spaceId, Paging.of(limit, offset))));
    }
}
