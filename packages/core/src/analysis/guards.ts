/**
 * Look-alike words for Swedish compound matching (fold keys). A term is not
 * matched where its letters are part of one of these words in the token:
 * "råd" (council) inside "bostadsområden" is part of "område"; "stöd" in
 * text that lost its diacritics is part of "förstod"; "lag" (law) inside
 * "förslag" and "beslutsunderlag". Entries add their own with `exclude`.
 */
export const SV_LOOKALIKES: readonly string[] = [
  // råd / rad
  "omrade", "forrad", "trad", "grad", "parad", "brad", "rader", "radande", "radde", "radig", "kamrad",
  // mål / mal
  "normal", "minimal", "maximal", "optimal", "formal", "decimal", "animal", "primal", "termal", "nominal",
  // stöd / stod
  "forstod", "uppstod", "framstod", "aterstod", "kvarstod", "bestod", "motstod", "utstod", "tillstod", "omstod",
  // kön / kon
  "ikon", "lexikon", "diakon", "silikon", "rekon", "flakon",
  // lag
  "klag", "tillaga", "forslag", "inslag", "anslag", "utslag", "avslag", "beslag", "paslag", "tillslag", "omslag", "underlag",
  "anlag", "upplag", "samlag", "bolag", "arbetslag", "fotbollslag", "idrottslag", "kollag",
  // plan
  "flygplan", "planka",
  // rätt (dish, not right)
  "forratt", "varmratt", "efterratt", "huvudratt", "matratt", "smaratt",
  // ras
  "rast", "raster", "rasa", "rasade", "bras", "kras",
  // rom
  "roman", "aroma", "prom", "krom",
  // tro
  "trottoar",
  // vård / värd
  "vardag", "vardera",
];

/**
 * Left parts that make a different word, not a compound: inseparable
 * prefixes and verb particles ("förråd", "samråd", "understöd", "berätta",
 * "medborgare", "upprätta"). A term is not matched as the head after exactly
 * one of these.
 */
export const SV_PREFIXES: ReadonlySet<string> = new Set([
  "o", "be", "for", "miss", "van", "ur", "sam", "an", "er", "ge", "upp", "ut", "in", "av", "till", "fram",
  "ater", "bort", "mot", "over", "under", "genom", "om", "pa", "med", "efter", "fore", "vid", "ned", "ner",
  "hem", "kvar", "bi", "sonder", "emot",
]);

/**
 * Look-alikes that matter only when a/o stand for å/ä/ö (text that lost its
 * diacritics): participles in -erad/-drad are not compounds of "råd"
 * ("planerad", "prioriterade", "förändrad", "funktionshindrade").
 */
export const SV_LENIENT_LOOKALIKES: readonly string[] = ["erad", "drad", "krad", "grad", "erat", "drat"];
