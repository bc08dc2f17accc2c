<?xml version="1.0" encoding="UTF-8"?>
<!--
  forms-common.xsl - pieces of the citizens' forms shared by every public page (included by
  layout.xsl): the satisfaction rating at the foot of each page, the styles of forms and the
  form-level message. A labelled field is controls.xsl's "form-field", as on admin pages.

  The rating form carries no per-visitor token (pages with it are cached for everyone): the
  module checks the browser's Origin instead (docs/interaction.md). Pages with the question or
  comment form are never cached and carry the visitor's own token in a hidden "csrf" field.
  Every form has the "website" honeypot, hidden from people and screen readers.
-->
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform">

  <xsl:template name="forms-style">
    <style>
.rating{max-width:72rem;margin:0 auto;padding:1rem;border-top:1px solid var(--line)}
.rating h2{font-size:1.1rem;margin:.25rem 0}
.rating fieldset{border:0;padding:0;margin:0 0 .5rem}
.rating label{margin-right:1rem}
.rating select{font:inherit;padding:.25rem}
.hp{position:absolute!important;left:-10000px;width:1px;height:1px;overflow:hidden}
.form .field{margin:0 0 1rem}
.form label{display:block;font-weight:600}
.form input[type=text],.form input[type=email],.form input[type=tel],.form select,.form textarea{width:100%;max-width:40rem;font:inherit;padding:.4rem .6rem;border:2px solid #0b0c0c}
.form fieldset{border:1px solid var(--line);padding:.75rem 1rem;margin:0 0 1rem}
.form .choice label{display:inline;font-weight:400;margin-right:1rem}
.req{font-weight:400;color:var(--muted)}
.field-error{color:#b00020;font-weight:600;margin:.25rem 0}
[aria-invalid=true]{border-color:#b00020!important}
.problem{border:3px solid #b00020;padding:.5rem 1rem;margin:0 0 1rem}
.ok-box{border:3px solid #0a6b2d;padding:.5rem 1rem;margin:0 0 1rem}
.code{font:700 1.4rem/1.4 monospace;letter-spacing:.1em}
.answer,.text{white-space:pre-line}
dl.facts dt{font-weight:600}
dl.facts dd{margin:0 0 .5rem}
    </style>
  </xsl:template>

  <!-- ============================================================ rating -->
  <xsl:template name="rating">
    <xsl:if test="$nav/@rate and $P/request/@path">
      <section class="rating" aria-labelledby="danh-gia-tieu-de">
        <h2 id="danh-gia-tieu-de"><xsl:value-of select="$L/rate-title"/></h2>
        <form method="post" action="{$nav/@rate}">
          <input type="hidden" name="page" value="{$P/request/@path}"/>
          <fieldset>
            <legend><xsl:value-of select="$L/rate-question"/></legend>
            <input type="radio" id="danh-gia-co" name="helpful" value="1" required="required"/>
            <label for="danh-gia-co"><xsl:value-of select="$L/rate-yes"/></label>
            <input type="radio" id="danh-gia-khong" name="helpful" value="0"/>
            <label for="danh-gia-khong"><xsl:value-of select="$L/rate-no"/></label>
          </fieldset>
          <details>
            <summary><xsl:value-of select="$L/rate-more"/></summary>
            <xsl:call-template name="rating-score"><xsl:with-param name="name" select="'interface'"/></xsl:call-template>
            <xsl:call-template name="rating-score"><xsl:with-param name="name" select="'content'"/></xsl:call-template>
            <xsl:call-template name="rating-score"><xsl:with-param name="name" select="'support'"/></xsl:call-template>
          </details>
          <xsl:call-template name="honeypot"><xsl:with-param name="id" select="'danh-gia-website'"/></xsl:call-template>
          <p>
            <button type="submit"><xsl:value-of select="$L/rate-send"/></button>
            <xsl:text> </xsl:text>
            <small><xsl:value-of select="$L/rate-private"/></small>
          </p>
        </form>
      </section>
    </xsl:if>
  </xsl:template>

  <xsl:template name="rating-score">
    <xsl:param name="name"/>
    <xsl:variable name="key" select="concat('rate-', $name)"/>
    <p>
      <label for="danh-gia-{$name}"><xsl:call-template name="str"><xsl:with-param name="key" select="$key"/></xsl:call-template></label>
      <select id="danh-gia-{$name}" name="{$name}">
        <option value=""><xsl:value-of select="$L/rate-none"/></option>
        <option value="1">1</option>
        <option value="2">2</option>
        <option value="3">3</option>
        <option value="4">4</option>
        <option value="5">5</option>
      </select>
    </p>
  </xsl:template>

  <!-- The field robots fill and people never see. -->
  <xsl:template name="honeypot">
    <xsl:param name="id" select="'f-website'"/>
    <div class="hp" aria-hidden="true">
      <label for="{$id}"><xsl:value-of select="$L/hp-label"/></label>
      <input type="text" id="{$id}" name="website" value="" tabindex="-1" autocomplete="off"/>
    </div>
  </xsl:template>

  <!-- The message about the whole form (@problem of the form's element). -->
  <xsl:template name="form-problem">
    <xsl:param name="code"/>
    <xsl:param name="count"/>
    <xsl:variable name="key" select="concat('prob-', $code)"/>
    <xsl:if test="string($code) and $L/*[local-name() = $key]">
      <div id="thong-bao-bieu-mau" tabindex="-1">
        <xsl:attribute name="class">
          <xsl:choose>
            <xsl:when test="$code = 'sent' or $code = 'rated'">ok-box</xsl:when>
            <xsl:otherwise>problem</xsl:otherwise>
          </xsl:choose>
        </xsl:attribute>
        <xsl:attribute name="role">
          <xsl:choose>
            <xsl:when test="$code = 'sent' or $code = 'rated'">status</xsl:when>
            <xsl:otherwise>alert</xsl:otherwise>
          </xsl:choose>
        </xsl:attribute>
        <p>
          <xsl:call-template name="fmt">
            <xsl:with-param name="key" select="$key"/>
            <xsl:with-param name="a" select="$count"/>
          </xsl:call-template>
        </p>
      </div>
    </xsl:if>
  </xsl:template>
</xsl:stylesheet>
