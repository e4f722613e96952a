/**
 * MLA Handbook, 9th edition, for journal articles: written for Lectern from the handbook's rules
 * (core elements in order, "et al." from three authors, title in quotation marks and title case,
 * container in italics, "vol."/"no.", a journal issue dated by month and year ("May 2005"),
 * "pp." with a page range shortened to two digits, the DOI as the last element of the container,
 * after a comma). The date and DOI rules were checked against the official CSL style's.
 */
export const mla = `<?xml version="1.0" encoding="utf-8"?>
<style xmlns="http://purl.org/net/xbiblio/csl" class="in-text" version="1.0" default-locale="en-US" demote-non-dropping-particle="never" page-range-format="minimal-two">
  <info>
    <title>MLA Handbook, 9th edition (Lectern)</title>
    <id>lectern-mla</id>
    <updated>2026-12-01T00:00:00+00:00</updated>
  </info>
  <macro name="author">
    <names variable="author">
      <name name-as-sort-order="first" and="text" delimiter-precedes-last="always" delimiter-precedes-et-al="always"/>
    </names>
  </macro>
  <macro name="author-short">
    <names variable="author">
      <name form="short" and="text"/>
    </names>
  </macro>
  <macro name="date">
    <date variable="issued">
      <date-part name="month" form="short" suffix=" "/>
      <date-part name="year"/>
    </date>
  </macro>
  <citation et-al-min="3" et-al-use-first="1">
    <layout prefix="(" suffix=")" delimiter="; ">
      <choose>
        <if variable="author">
          <names variable="author">
            <name form="short" and="text"/>
          </names>
        </if>
        <else>
          <text variable="title" form="short" text-case="title" quotes="true"/>
        </else>
      </choose>
    </layout>
  </citation>
  <bibliography hanging-indent="true" et-al-min="3" et-al-use-first="1">
    <sort>
      <key macro="author"/>
      <key variable="title"/>
    </sort>
    <layout suffix=".">
      <group delimiter=". ">
        <text macro="author"/>
        <text variable="title" text-case="title" quotes="true"/>
        <group delimiter=", ">
          <text variable="container-title" text-case="title" font-style="italic"/>
          <group delimiter=" ">
            <text term="volume" form="short"/>
            <text variable="volume"/>
          </group>
          <group delimiter=" ">
            <text term="issue" form="short"/>
            <text variable="issue"/>
          </group>
          <text macro="date"/>
          <group delimiter=" ">
            <label variable="page" form="short"/>
            <text variable="page"/>
          </group>
          <text variable="DOI" prefix="https://doi.org/"/>
        </group>
      </group>
    </layout>
  </bibliography>
</style>`;
