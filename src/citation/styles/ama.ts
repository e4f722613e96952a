/**
 * AMA Manual of Style, 11th edition, for journal articles: written for Lectern from the manual
 * (family name and initials without full stops, up to six authors, else three and "et al";
 * title as recorded; journal in italics; "year;volume(issue):pages"; "doi:"; numbered references
 * and superscript citations). The journal is given in full: the record holds no NLM abbreviation.
 */
export const ama = `<?xml version="1.0" encoding="utf-8"?>
<style xmlns="http://purl.org/net/xbiblio/csl" class="in-text" version="1.0" default-locale="en-US" demote-non-dropping-particle="never" page-range-format="expanded">
  <info>
    <title>AMA Manual of Style, 11th edition (Lectern)</title>
    <id>lectern-ama</id>
    <updated>2026-11-23T00:00:00+00:00</updated>
  </info>
  <locale xml:lang="en">
    <terms>
      <term name="page-range-delimiter">-</term>
    </terms>
  </locale>
  <macro name="author">
    <names variable="author">
      <name name-as-sort-order="all" sort-separator=" " initialize-with="" delimiter=", " delimiter-precedes-last="always"/>
    </names>
  </macro>
  <citation collapse="citation-number">
    <sort>
      <key variable="citation-number"/>
    </sort>
    <layout vertical-align="sup" delimiter=",">
      <text variable="citation-number"/>
    </layout>
  </citation>
  <bibliography et-al-min="7" et-al-use-first="3" second-field-align="flush">
    <layout>
      <text variable="citation-number" suffix=". "/>
      <group delimiter=" ">
        <text macro="author" suffix="."/>
        <text variable="title" suffix="."/>
        <text variable="container-title" font-style="italic" suffix="."/>
        <group suffix=".">
          <group delimiter=";">
            <date variable="issued">
              <date-part name="year"/>
            </date>
            <group>
              <text variable="volume"/>
              <text variable="issue" prefix="(" suffix=")"/>
            </group>
          </group>
          <text variable="page" prefix=":"/>
        </group>
        <text variable="DOI" prefix="doi:"/>
      </group>
    </layout>
  </bibliography>
</style>`;
