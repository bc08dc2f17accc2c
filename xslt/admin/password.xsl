<?xml version="1.0" encoding="UTF-8"?>
<!--
  admin/password.xsl - change one's password (forced at first login, after a reset or expiry).
  <password action="…" forced="1|0"><error key="err-password-mismatch"/>?</password>
  (an <error> without a key is a sentence of the password policy, shown as it is)
  The error is shown above the fields (role="alert") and described by all three; the C side may
  add field="old|new|again" to <error> to put it next to that field only (optional).
  The fields are never prefilled. When forced, layout.xsl leaves the menu out (nothing else is
  allowed before the change) and a notice says why.
-->
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform">
  <xsl:import href="layout.xsl"/>

  <xsl:template match="content/password" mode="title"><xsl:value-of select="$L/password-title"/></xsl:template>

  <xsl:template match="content/password">
    <xsl:variable name="at" select="string(error/@field)"/>
    <xsl:variable name="form-error">
      <xsl:if test="not($at = 'old' or $at = 'new' or $at = 'again')">
        <xsl:apply-templates select="error" mode="say"/>
      </xsl:if>
    </xsl:variable>
    <div class="narrow">
      <h1><xsl:value-of select="$L/password-title"/></h1>
      <xsl:if test="@forced = '1'">
        <div class="notice"><p><xsl:value-of select="$L/password-forced"/></p></div>
      </xsl:if>
      <form method="post" action="{@action}">
        <xsl:call-template name="csrf"/>
        <xsl:if test="string($form-error)">
          <div class="error-summary" id="mat-khau-loi" role="alert">
            <p>
              <strong><xsl:value-of select="concat($L/error-prefix, ' ')"/></strong>
              <xsl:value-of select="$form-error"/>
            </p>
          </div>
        </xsl:if>
        <xsl:call-template name="password-field">
          <xsl:with-param name="name" select="'old'"/>
          <xsl:with-param name="autocomplete" select="'current-password'"/>
          <xsl:with-param name="form-error" select="string($form-error)"/>
        </xsl:call-template>
        <xsl:call-template name="password-field">
          <xsl:with-param name="name" select="'new'"/>
          <xsl:with-param name="hint" select="$L/password-rule"/>
          <xsl:with-param name="form-error" select="string($form-error)"/>
        </xsl:call-template>
        <xsl:call-template name="password-field">
          <xsl:with-param name="name" select="'again'"/>
          <xsl:with-param name="form-error" select="string($form-error)"/>
        </xsl:call-template>
        <div class="buttons">
          <button type="submit" name="action" value="password"><xsl:value-of select="$L/password-button"/></button>
        </div>
      </form>
    </div>
  </xsl:template>

  <!-- Context: <password>. -->
  <xsl:template name="password-field">
    <xsl:param name="name"/>
    <xsl:param name="autocomplete" select="'new-password'"/>
    <xsl:param name="hint"/>
    <xsl:param name="form-error"/>
    <xsl:call-template name="form-field">
      <xsl:with-param name="id" select="concat('f-', $name)"/>
      <xsl:with-param name="name" select="$name"/>
      <xsl:with-param name="label" select="$L/*[local-name() = concat('f-', $name)]"/>
      <xsl:with-param name="type" select="'password'"/>
      <xsl:with-param name="has-value" select="false()"/>
      <xsl:with-param name="required" select="true()"/>
      <xsl:with-param name="autocomplete" select="$autocomplete"/>
      <xsl:with-param name="plain" select="true()"/>
      <xsl:with-param name="hint" select="$hint"/>
      <xsl:with-param name="error"><xsl:apply-templates select="error[@field = $name]" mode="say"/></xsl:with-param>
      <xsl:with-param name="describedby">
        <xsl:if test="$form-error">mat-khau-loi</xsl:if>
      </xsl:with-param>
      <xsl:with-param name="invalid" select="boolean($form-error)"/>
    </xsl:call-template>
  </xsl:template>
</xsl:stylesheet>
