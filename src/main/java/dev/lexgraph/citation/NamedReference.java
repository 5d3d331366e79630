package dev.lexgraph.citation;

/**
 * A reference to a document by name only, with no number and symbol: "Luật Thực hiện dân chủ ở cơ sở
 * năm 2022", "Hiến pháp năm 2013", "Nghị quyết Trung ương 4 khóa XII".
 *
 * @param name the name with the type word, Vietnamese letters as far as the text gives them
 * @param year the year written with it ("năm 2022"), or null
 */
public record NamedReference(int start, int end, String text, DocType type, String name, Integer year) {
}
