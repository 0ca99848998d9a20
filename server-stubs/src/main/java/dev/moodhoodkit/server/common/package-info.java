/** What every feature shares: problem details, ids, paging, locations, request ids and web settings. */
package dev.moodhoodkit.server.common;
