/** Lists of every item of a list operation, fetched page by page as they are iterated. */
package dev.moodhoodkit.client.paging;
