/**
 * IEEE Reference Guide (2023) for journal articles: written for Lectern from the guide
 * (initials before the family name, "and" before the last author, more than six authors as the
 * first and "et al."; title in quotation marks; journal in italics; "vol.", "no.", "pp.";
 * abbreviated month; "doi:"; numbered references cited as [1]).
 */
export const ieee = `<?xml version="1.0" encoding="utf-8"?>
<style xmlns="http://purl.org/net/xbiblio/csl" class="in-text" version="1.0" default-locale="en-US" demote-non-dropping-particle="sort-only" page-range-format="expanded">
  <info>
    <title>IEEE Reference Guide (Lectern)</title>
    <id>lectern-ieee</id>
    <updated>2026-11-23T00:00:00+00:00</updated>
  </info>
  <macro name="author">
    <names variable="author">
      <name initialize-with=". " and="text" delimiter=", " delimiter-precedes-last="contextual"/>
    </names>
  </macro>
  <citation collapse="citation-number">
    <sort>
      <key variable="citation-number"/>
    </sort>
    <layout prefix="[" suffix="]" delimiter=", ">
      <text variable="citation-number"/>
    </layout>
  </citation>
  <bibliography entry-spacing="0" second-field-align="flush" et-al-min="7" et-al-use-first="1">
    <layout>
      <text variable="citation-number" prefix="[" suffix="] "/>
      <group delimiter=", " suffix=".">
        <text macro="author"/>
        <text variable="title" quotes="true"/>
        <text variable="container-title" font-style="italic"/>
        <group delimiter=" ">
          <text term="volume" form="short"/>
          <text variable="volume"/>
        </group>
        <group delimiter=" ">
          <text term="issue" form="short"/>
          <text variable="issue"/>
        </group>
        <group delimiter=" ">
          <label variable="page" form="short"/>
          <text variable="page"/>
        </group>
        <date variable="issued">
          <date-part name="month" form="short" suffix=" "/>
          <date-part name="year"/>
        </date>
        <text variable="DOI" prefix="doi: "/>
      </group>
    </layout>
  </bibliography>
</style>`;
