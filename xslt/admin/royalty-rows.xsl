<?xml version="1.0" encoding="UTF-8"?>
<!--
  admin/royalty-rows.xsl - the pieces of the royalties' forms that the editor (approve) and an
  item's royalties page share (included by edit.xsl and credits.xsl):
  <credits translation="1"?><credit id login? unit kind kind-name coef>name</credit>*
    <kind code coef position>name</kind>* <member login>name</member>*
    <row n account? name? unit? kind?/>*   (the values to show: the defaults, or as typed)
  A <row> is one provider: an account (select cu_N) OR an outside contributor (cn_N name,
  cd_N unit), and the kind (ck_N). No script needed: the rows are all there.
-->
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform">

  <xsl:template match="credits/row">
    <xsl:variable name="n" select="@n"/>
    <xsl:variable name="row" select="."/>
    <fieldset class="provider">
      <legend>
        <xsl:call-template name="fmt">
          <xsl:with-param name="key" select="'roy-provider'"/>
          <xsl:with-param name="a" select="$n"/>
        </xsl:call-template>
      </legend>
      <div class="field">
        <label for="cu-{$n}"><xsl:value-of select="$L/roy-account"/></label>
        <select id="cu-{$n}" name="cu_{$n}">
          <option value=""><xsl:value-of select="$L/roy-none"/></option>
          <xsl:for-each select="../member">
            <option value="{@login}">
              <xsl:if test="@login = $row/@account"><xsl:attribute name="selected">selected</xsl:attribute></xsl:if>
              <xsl:value-of select="concat(., ' (', @login, ')')"/>
            </option>
          </xsl:for-each>
        </select>
      </div>
      <div class="field">
        <label for="cn-{$n}"><xsl:value-of select="$L/roy-outside-name"/></label>
        <input type="text" id="cn-{$n}" name="cn_{$n}" value="{@name}" maxlength="200"/>
      </div>
      <div class="field">
        <label for="cd-{$n}"><xsl:value-of select="$L/roy-unit"/></label>
        <input type="text" id="cd-{$n}" name="cd_{$n}" value="{@unit}" maxlength="200"/>
      </div>
      <div class="field">
        <label for="ck-{$n}"><xsl:value-of select="$L/roy-kind"/></label>
        <select id="ck-{$n}" name="ck_{$n}">
          <xsl:for-each select="../kind[not(../@translation = '1') or @code = 'dich']">
            <option value="{@code}">
              <xsl:if test="@code = $row/@kind"><xsl:attribute name="selected">selected</xsl:attribute></xsl:if>
              <xsl:value-of select="concat(., ' (', @coef, ')')"/>
            </option>
          </xsl:for-each>
        </select>
      </div>
    </fieldset>
  </xsl:template>

  <!-- the credits recorded, as a list: "Nguyễn Văn A (login) – Tin, 1" -->
  <xsl:template name="credit-list">
    <ul class="credits">
      <xsl:for-each select="credit">
        <li>
          <xsl:value-of select="."/>
          <xsl:if test="string(@login)"><xsl:value-of select="concat(' (', @login, ')')"/></xsl:if>
          <xsl:if test="string(@unit)"><xsl:value-of select="concat(', ', @unit)"/></xsl:if>
          <xsl:value-of select="concat(' – ', @kind-name, ', ', @coef)"/>
        </li>
      </xsl:for-each>
    </ul>
  </xsl:template>
</xsl:stylesheet>
