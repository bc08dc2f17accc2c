<?xml version="1.0" encoding="UTF-8"?>
<!--
  i18n.xsl - how a stylesheet finds its words: one machinery for the public table (strings.xsl)
  and the admin's (admin/strings.xsl). Each table includes this file and defines two variables:
    strings         <s key="home" vi="…" en="…"/>… every string of its pages
    strings-local   the same, empty by default: a tenant's stylesheet redefines it (by import
                    precedence) to change single strings
  and gets:
    $lang           /*/@lang normalised to 'vi' or 'en' (anything else falls back to 'vi')
    $L              the strings of the page language, the key as element name: $L/home (also
                    inside AVTs: "{$L/home}"); a lookup by a literal key is a name test
    "str"           the string of a key computed at run time (param key)
    "fmt"           the same with %1 replaced by param a and %2 by param b
    "label"         the string of concat(prefix, value), or value itself when there is none
    "say"           a message of the document (param m, the context by default): the sentence of
                    its @key with %1 = @arg, or its own text (a sentence that came as text, e.g. a
                    module's veto); also as mode="say" of any element
    "err"           the sentence of an error code (param code; err-<code>, %1 = param max), as a
                    form's fields carry it: <field … error="too-long" max="300"/>
  portal_render.c builds each stylesheet's table once per language and adds it to the documents
  it renders as <ui-strings> (the answer of a transform of <ROOT lang><ui-strings-request/></ROOT>,
  see layout.xsl), and answers keys computed at run time through ps:string() from an index of
  it; without them (xsltproc, that first transform) both are done here.
-->
<xsl:stylesheet version="1.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:exsl="http://exslt.org/common"
    xmlns:ps="urn:portal:strings"
    exclude-result-prefixes="exsl ps">

  <xsl:variable name="lang">
    <xsl:choose>
      <xsl:when test="/*/@lang = 'en'">en</xsl:when>
      <xsl:otherwise>vi</xsl:otherwise>
    </xsl:choose>
  </xsl:variable>

  <xsl:variable name="given-strings" select="/*/ui-strings"/>
  <xsl:variable name="T-rtf">
    <xsl:if test="not($given-strings)">
      <ui-strings>
        <xsl:for-each select="exsl:node-set($strings-local)/s">
          <xsl:call-template name="pick"/>
        </xsl:for-each>
        <xsl:for-each select="exsl:node-set($strings)/s">
          <xsl:call-template name="pick"/>
        </xsl:for-each>
      </ui-strings>
    </xsl:if>
  </xsl:variable>
  <xsl:variable name="L" select="$given-strings | exsl:node-set($T-rtf)/ui-strings"/>

  <!-- <home>…</home>: the key is the element's name. -->
  <xsl:template name="pick">
    <xsl:element name="{@key}">
      <xsl:choose>
        <xsl:when test="$lang = 'en' and string(@en)"><xsl:value-of select="@en"/></xsl:when>
        <xsl:otherwise><xsl:value-of select="@vi"/></xsl:otherwise>
      </xsl:choose>
    </xsl:element>
  </xsl:template>

  <!-- The string for $key in the page language (the first match wins: local before default). -->
  <xsl:template name="str">
    <xsl:param name="key"/>
    <xsl:choose>
      <!-- portal_render.c's index of the table; xsltproc has none -->
      <xsl:when test="function-available('ps:string')"><xsl:value-of select="ps:string($key)"/></xsl:when>
      <xsl:otherwise><xsl:value-of select="$L/*[local-name() = $key]"/></xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- The string for concat($prefix, $value), or $value itself when there is no such key. -->
  <xsl:template name="label">
    <xsl:param name="prefix"/>
    <xsl:param name="value"/>
    <xsl:variable name="s" select="$L/*[local-name() = concat($prefix, $value)][1]"/>
    <xsl:choose>
      <xsl:when test="$s"><xsl:value-of select="$s"/></xsl:when>
      <xsl:otherwise><xsl:value-of select="$value"/></xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- The string for $key with %1 replaced by $a and %2 by $b. -->
  <xsl:template name="fmt">
    <xsl:param name="key"/>
    <xsl:param name="a"/>
    <xsl:param name="b"/>
    <xsl:call-template name="subst">
      <xsl:with-param name="s">
        <xsl:call-template name="str"><xsl:with-param name="key" select="$key"/></xsl:call-template>
      </xsl:with-param>
      <xsl:with-param name="a" select="$a"/>
      <xsl:with-param name="b" select="$b"/>
    </xsl:call-template>
  </xsl:template>

  <xsl:template name="subst">
    <xsl:param name="s"/>
    <xsl:param name="a"/>
    <xsl:param name="b"/>
    <xsl:choose>
      <xsl:when test="contains($s, '%')">
        <xsl:variable name="c" select="substring(substring-after($s, '%'), 1, 1)"/>
        <xsl:value-of select="substring-before($s, '%')"/>
        <xsl:choose>
          <xsl:when test="$c = '1'"><xsl:value-of select="$a"/></xsl:when>
          <xsl:when test="$c = '2'"><xsl:value-of select="$b"/></xsl:when>
          <xsl:otherwise><xsl:value-of select="concat('%', $c)"/></xsl:otherwise>
        </xsl:choose>
        <xsl:call-template name="subst">
          <xsl:with-param name="s" select="substring(substring-after($s, '%'), 2)"/>
          <xsl:with-param name="a" select="$a"/>
          <xsl:with-param name="b" select="$b"/>
        </xsl:call-template>
      </xsl:when>
      <xsl:otherwise><xsl:value-of select="$s"/></xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- A message of the document: <x key="k" arg="…"/> worded by the table, or <x>text</x>. -->
  <xsl:template name="say">
    <xsl:param name="m" select="."/>
    <xsl:choose>
      <xsl:when test="$m/@key">
        <xsl:call-template name="fmt">
          <xsl:with-param name="key" select="string($m/@key)"/>
          <xsl:with-param name="a" select="string($m/@arg)"/>
        </xsl:call-template>
      </xsl:when>
      <xsl:otherwise><xsl:value-of select="normalize-space($m)"/></xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <xsl:template match="*" mode="say"><xsl:call-template name="say"/></xsl:template>

  <!-- The sentence of an error code (err-<code>, %1 = $max). -->
  <xsl:template name="err">
    <xsl:param name="code"/>
    <xsl:param name="max"/>
    <xsl:call-template name="fmt">
      <xsl:with-param name="key" select="concat('err-', $code)"/>
      <xsl:with-param name="a" select="$max"/>
    </xsl:call-template>
  </xsl:template>
</xsl:stylesheet>
