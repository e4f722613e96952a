/**
 * The Chicago Manual of Style, 18th edition, author-date, for journal articles: written for
 * Lectern from the manual (year after the authors, title in quotation marks and headline case,
 * journal in italics, "volume (issue): pages"; without a volume, "no. 5 (May)", the month naming
 * the issue; in the reference list up to six authors, else three and "et al."; in the text one or
 * two names, else the first and "et al."). Checked against the rules of the official CSL style.
 */
export const chicago = `<?xml version="1.0" encoding="utf-8"?>
<style xmlns="http://purl.org/net/xbiblio/csl" class="in-text" version="1.0" default-locale="en-US" demote-non-dropping-particle="display-and-sort" page-range-format="chicago">
  <info>
    <title>Chicago Manual of Style 18th edition, author-date (Lectern)</title>
    <id>lectern-chicago-author-date</id>
    <updated>2026-12-01T00:00:00+00:00</updated>
  </info>
  <macro name="author">
    <names variable="author">
      <name name-as-sort-order="first" and="text" delimiter-precedes-last="always" delimiter-precedes-et-al="always"/>
    </names>
  </macro>
  <macro name="year">
    <choose>
      <if variable="issued">
        <date variable="issued">
          <date-part name="year"/>
        </date>
      </if>
      <else>
        <text term="no date" form="short"/>
      </else>
    </choose>
  </macro>
  <macro name="source">
    <group delimiter=": ">
      <group>
        <text variable="container-title" text-case="title" font-style="italic"/>
        <choose>
          <if variable="volume">
            <text variable="volume" prefix=" "/>
            <choose>
              <if variable="issue">
                <text variable="issue" prefix=" (" suffix=")"/>
              </if>
              <else>
                <date variable="issued" prefix=" (" suffix=")">
                  <date-part name="month"/>
                </date>
              </else>
            </choose>
          </if>
          <else-if variable="issue">
            <group delimiter=" " prefix=", ">
              <text term="issue" form="short"/>
              <text variable="issue"/>
              <date variable="issued" prefix="(" suffix=")">
                <date-part name="month"/>
              </date>
            </group>
          </else-if>
        </choose>
      </group>
      <text variable="page"/>
    </group>
  </macro>
  <citation et-al-min="3" et-al-use-first="1" disambiguate-add-year-suffix="true">
    <layout prefix="(" suffix=")" delimiter="; ">
      <group delimiter=" ">
        <names variable="author">
          <name form="short" and="text" delimiter=", "/>
        </names>
        <text macro="year"/>
      </group>
    </layout>
  </citation>
  <bibliography hanging-indent="true" et-al-min="7" et-al-use-first="3">
    <sort>
      <key macro="author"/>
      <key macro="year"/>
      <key variable="title"/>
    </sort>
    <layout suffix=".">
      <group delimiter=". ">
        <text macro="author"/>
        <text macro="year"/>
        <text variable="title" text-case="title" quotes="true"/>
        <text macro="source"/>
        <text variable="DOI" prefix="https://doi.org/"/>
      </group>
    </layout>
  </bibliography>
</style>`;
