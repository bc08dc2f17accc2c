<?xml version="1.0" encoding="UTF-8"?>
<!--
  controls.xsl - the pieces public and admin pages share: one labelled form field and its parts,
  one pager. Included by layout.xsl and admin/layout.xsl; the words come from the table of each
  (keys required, error-prefix, max-chars, err-*, pagination, prev, next, page-of).
    "form-field"   one labelled field (see its params)
    "label-of", "hint-of", "error-of", "described"   its parts, for other widgets (a select)
    mode "error"   the worded error of a field's element (<error key>, <error>text</error>,
                   error="code")
    "pager"        context: <pager page pages prev? next?>
  Hook a stylesheet may redefine (empty here):
    "editor-attributes"  more attributes of a textarea whose "form-field" got editor=true()
-->
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform">

  <xsl:template name="editor-attributes"/>

  <!-- ============================================================ a form field -->
  <xsl:template name="label-of">
    <xsl:param name="id"/>
    <xsl:param name="label"/>
    <xsl:param name="required" select="false()"/>
    <xsl:param name="note"/>
    <label for="{$id}">
      <xsl:value-of select="$label"/>
      <xsl:if test="$required">
        <xsl:text> </xsl:text>
        <span class="req"><xsl:value-of select="$L/required"/></span>
      </xsl:if>
      <xsl:if test="string($note)">
        <xsl:text> </xsl:text>
        <span class="req"><xsl:value-of select="$note"/></span>
      </xsl:if>
    </label>
  </xsl:template>

  <xsl:template name="hint-of">
    <xsl:param name="id"/>
    <xsl:param name="hint"/>
    <xsl:if test="normalize-space($hint)">
      <p class="hint" id="{$id}-goi-y"><xsl:value-of select="normalize-space($hint)"/></p>
    </xsl:if>
  </xsl:template>

  <xsl:template name="error-of">
    <xsl:param name="id"/>
    <xsl:param name="error"/>
    <xsl:if test="normalize-space($error)">
      <p class="field-error" id="{$id}-loi">
        <span class="sr-only"><xsl:value-of select="concat($L/error-prefix, ' ')"/></span>
        <xsl:value-of select="normalize-space($error)"/>
      </p>
    </xsl:if>
  </xsl:template>

  <!-- The worded error of a field's element: its <error> (a key, or a sentence that came as
       text) or its error="code" attribute (err-<code>, %1 = @max; err-required when the table
       has no such key). -->
  <xsl:template match="*" mode="error">
    <xsl:variable name="key" select="concat('err-', @error)"/>
    <xsl:choose>
      <xsl:when test="error"><xsl:apply-templates select="error[1]" mode="say"/></xsl:when>
      <xsl:when test="string(@error) and $L/*[local-name() = $key]">
        <xsl:call-template name="err">
          <xsl:with-param name="code" select="@error"/>
          <xsl:with-param name="max" select="@max"/>
        </xsl:call-template>
      </xsl:when>
      <xsl:when test="string(@error)"><xsl:value-of select="$L/err-required"/></xsl:when>
    </xsl:choose>
  </xsl:template>

  <!-- aria-describedby / aria-invalid of a control (call right after its start tag). -->
  <xsl:template name="described">
    <xsl:param name="id"/>
    <xsl:param name="hint"/>
    <xsl:param name="error"/>
    <xsl:param name="describedby"/>
    <xsl:param name="invalid" select="false()"/>
    <xsl:variable name="ids">
      <xsl:if test="normalize-space($error)"><xsl:value-of select="concat($id, '-loi ')"/></xsl:if>
      <xsl:value-of select="concat($describedby, ' ')"/>
      <xsl:if test="normalize-space($hint)"><xsl:value-of select="concat($id, '-goi-y')"/></xsl:if>
    </xsl:variable>
    <xsl:if test="normalize-space($ids)">
      <xsl:attribute name="aria-describedby"><xsl:value-of select="normalize-space($ids)"/></xsl:attribute>
    </xsl:if>
    <xsl:if test="normalize-space($error) or $invalid">
      <xsl:attribute name="aria-invalid">true</xsl:attribute>
    </xsl:if>
  </xsl:template>

  <!--
    One labelled field, the same on public and admin pages: the label (with the required note),
    the hint, the error next to it (referenced by aria-describedby, with aria-invalid="true"),
    then the input or textarea. Params:
      f            a field element of the document (<field name value error? max?> or with an
                   <error> child): name, value and error default to its own
      id           (default f-<name>), name, label (text), type (text|email|tel|password|url|…)
      value        + has-value (write value="" only when has-value)
      multiline    (a textarea) + rows
      required     the required attribute and the note "(required)"
      note         another note in the label (e.g. "required for individuals")
      maxlength    the attribute, and "at most N characters" with the hint
      autocomplete, hint (text), error (text)
      readonly, plain (no spelling correction or capitalisation: logins, passwords, URLs),
      class (of the control), describedby (ids of a form-level message that also describes this
      control), invalid (aria-invalid="true" without an error of its own), editor (a textarea
      only: the attributes of the "editor-attributes" hook)
  -->
  <xsl:template name="form-field">
    <xsl:param name="f" select="/.."/>
    <xsl:param name="name" select="string($f/@name)"/>
    <xsl:param name="id" select="concat('f-', $name)"/>
    <xsl:param name="label"/>
    <xsl:param name="type" select="'text'"/>
    <xsl:param name="value" select="string($f/@value)"/>
    <xsl:param name="has-value" select="true()"/>
    <xsl:param name="multiline" select="false()"/>
    <xsl:param name="rows" select="4"/>
    <xsl:param name="required" select="false()"/>
    <xsl:param name="maxlength"/>
    <xsl:param name="autocomplete"/>
    <xsl:param name="hint"/>
    <xsl:param name="error"><xsl:apply-templates select="$f" mode="error"/></xsl:param>
    <xsl:param name="readonly" select="false()"/>
    <xsl:param name="plain" select="false()"/>
    <xsl:param name="class"/>
    <xsl:param name="note"/>
    <xsl:param name="describedby"/>
    <xsl:param name="invalid" select="false()"/>
    <xsl:param name="editor" select="false()"/>
    <xsl:variable name="all-hints">
      <xsl:value-of select="$hint"/>
      <xsl:if test="string(number($maxlength)) != 'NaN'">
        <xsl:text> </xsl:text>
        <xsl:call-template name="fmt">
          <xsl:with-param name="key" select="'max-chars'"/>
          <xsl:with-param name="a" select="$maxlength"/>
        </xsl:call-template>
      </xsl:if>
    </xsl:variable>
    <div>
      <xsl:attribute name="class">
        <xsl:text>field</xsl:text>
        <xsl:if test="normalize-space($error)"> has-error</xsl:if>
      </xsl:attribute>
      <xsl:call-template name="label-of">
        <xsl:with-param name="id" select="$id"/>
        <xsl:with-param name="label" select="$label"/>
        <xsl:with-param name="required" select="$required"/>
        <xsl:with-param name="note" select="$note"/>
      </xsl:call-template>
      <xsl:call-template name="hint-of">
        <xsl:with-param name="id" select="$id"/>
        <xsl:with-param name="hint" select="$all-hints"/>
      </xsl:call-template>
      <xsl:call-template name="error-of">
        <xsl:with-param name="id" select="$id"/>
        <xsl:with-param name="error" select="$error"/>
      </xsl:call-template>
      <xsl:choose>
        <xsl:when test="$multiline">
          <textarea id="{$id}" name="{$name}" rows="{$rows}">
            <xsl:call-template name="field-attributes">
              <xsl:with-param name="id" select="$id"/>
              <xsl:with-param name="required" select="$required"/>
              <xsl:with-param name="maxlength" select="$maxlength"/>
              <xsl:with-param name="autocomplete" select="$autocomplete"/>
              <xsl:with-param name="hint" select="$all-hints"/>
              <xsl:with-param name="error" select="$error"/>
              <xsl:with-param name="readonly" select="$readonly"/>
              <xsl:with-param name="plain" select="$plain"/>
              <xsl:with-param name="class" select="$class"/>
              <xsl:with-param name="describedby" select="$describedby"/>
              <xsl:with-param name="invalid" select="$invalid"/>
            </xsl:call-template>
            <xsl:if test="$editor"><xsl:call-template name="editor-attributes"/></xsl:if>
            <!-- The HTML parser drops one newline right after <textarea>: write one, so that a
                 value starting with a newline survives the round trip. -->
            <xsl:text>&#10;</xsl:text>
            <xsl:value-of select="$value"/>
          </textarea>
        </xsl:when>
        <xsl:otherwise>
          <input id="{$id}" name="{$name}" type="{$type}">
            <xsl:if test="$has-value">
              <xsl:attribute name="value"><xsl:value-of select="$value"/></xsl:attribute>
            </xsl:if>
            <xsl:call-template name="field-attributes">
              <xsl:with-param name="id" select="$id"/>
              <xsl:with-param name="required" select="$required"/>
              <xsl:with-param name="maxlength" select="$maxlength"/>
              <xsl:with-param name="autocomplete" select="$autocomplete"/>
              <xsl:with-param name="hint" select="$all-hints"/>
              <xsl:with-param name="error" select="$error"/>
              <xsl:with-param name="readonly" select="$readonly"/>
              <xsl:with-param name="plain" select="$plain"/>
              <xsl:with-param name="class" select="$class"/>
              <xsl:with-param name="describedby" select="$describedby"/>
              <xsl:with-param name="invalid" select="$invalid"/>
            </xsl:call-template>
          </input>
        </xsl:otherwise>
      </xsl:choose>
    </div>
  </xsl:template>

  <xsl:template name="field-attributes">
    <xsl:param name="id"/>
    <xsl:param name="required"/>
    <xsl:param name="maxlength"/>
    <xsl:param name="autocomplete"/>
    <xsl:param name="hint"/>
    <xsl:param name="error"/>
    <xsl:param name="readonly"/>
    <xsl:param name="plain"/>
    <xsl:param name="class"/>
    <xsl:param name="describedby"/>
    <xsl:param name="invalid"/>
    <xsl:if test="string($class)"><xsl:attribute name="class"><xsl:value-of select="$class"/></xsl:attribute></xsl:if>
    <xsl:if test="$required"><xsl:attribute name="required">required</xsl:attribute></xsl:if>
    <xsl:if test="string(number($maxlength)) != 'NaN'">
      <xsl:attribute name="maxlength"><xsl:value-of select="$maxlength"/></xsl:attribute>
    </xsl:if>
    <xsl:if test="string($autocomplete)">
      <xsl:attribute name="autocomplete"><xsl:value-of select="$autocomplete"/></xsl:attribute>
    </xsl:if>
    <xsl:if test="$plain">
      <xsl:attribute name="autocapitalize">none</xsl:attribute>
      <xsl:attribute name="spellcheck">false</xsl:attribute>
    </xsl:if>
    <xsl:if test="$readonly"><xsl:attribute name="readonly">readonly</xsl:attribute></xsl:if>
    <xsl:call-template name="described">
      <xsl:with-param name="id" select="$id"/>
      <xsl:with-param name="hint" select="$hint"/>
      <xsl:with-param name="error" select="$error"/>
      <xsl:with-param name="describedby" select="$describedby"/>
      <xsl:with-param name="invalid" select="$invalid"/>
    </xsl:call-template>
  </xsl:template>

  <!-- ============================================================ pager -->
  <!-- Context: <pager page pages prev? next?>; nothing for a single page. -->
  <xsl:template name="pager">
    <xsl:if test="@pages &gt; 1">
      <nav class="pager" aria-label="{$L/pagination}">
        <xsl:if test="@prev">
          <a rel="prev" href="{@prev}"><xsl:value-of select="$L/prev"/></a>
        </xsl:if>
        <span>
          <xsl:call-template name="fmt">
            <xsl:with-param name="key" select="'page-of'"/>
            <xsl:with-param name="a" select="@page"/>
            <xsl:with-param name="b" select="@pages"/>
          </xsl:call-template>
        </span>
        <xsl:if test="@next">
          <a rel="next" href="{@next}"><xsl:value-of select="$L/next"/></a>
        </xsl:if>
      </nav>
    </xsl:if>
  </xsl:template>

</xsl:stylesheet>
