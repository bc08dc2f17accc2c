<?xml version="1.0" encoding="UTF-8"?>
<!--
  admin/edit.xsl - the form of one article (new when @id is empty or absent).
  <edit action id public-state wf-state public-href?>
    <reject-reason>?  <field …>*  <categories name>  <body name>  <credits>?  <transitions>
    <history>
  </edit>
  - <credits> (royalties, royalty-rows.xsl): for a chief, the providers recorded, or the rows
    to record with the approval, inside the form (sent with the approve button).
  - Fields, category and body come in document order, each labelled, with its <error> next to
    it (aria-describedby + aria-invalid) and listed in an error summary under the h1.
    <field>: name, label-key (else name; string f-<key>), value, required="1", maxlength,
    multiline="1" (textarea), type="url|datetime-local|checkbox" (checkbox: checked="1"); a string hint-<name>, when defined, is shown under
    the label. <categories> and <body> may also carry an <error>.
  - One submit button name="action" value="<transition/@action>" per transition, in document
    order except that "save" comes first (Enter in a text field presses the first button).
    A transition with needs-reason="1" gets its own block: a textarea name="reason" (label
    reason-<action>, "Lý do trả lại" for reject) and the button. The textarea has no
    `required` attribute because every button submits the same form; the C side checks it.
    Buttons that do not save the text (reject, unpublish, archive) carry formnovalidate.
    A <transition> may carry an <error> (e.g. "reason required"): shown next to its reason.
  - An <error> is a message key (<error key="err-title-required"/>) or, from the checks of a
    content type or a module, a sentence (<error>…</error>). An error may also come as an
    error="code" attribute (worded err-<code>, as on the public forms) of <field>, <categories>,
    <body> or <transition> instead of an <error> child (send one or the other, not both).
  - A <category> may be named by a key instead of its text (<category id="vi" key="lang-vi"/>),
    and a history <event> give its reason by key (key, arg) as a module's veto may.
  - No "save" transition: the user may only look, the controls are read-only.
  - History: a table, one row per <event>, in document order.
  - Editable (a "save" transition): the body textarea carries data-editor="html" and the
    toolbar's strings (data-ed-*, keys ed-* of strings.xsl), and the head loads the editor,
    /admin/tai-nguyen/editor.js (defer) and editor.css (built from assets/ by assets/build.sh).
    The script hides the textarea and keeps it filled with the editor's HTML; without
    JavaScript the textarea is the editor. Read-only pages load nothing.
-->
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform">
  <xsl:import href="layout.xsl"/>
  <xsl:include href="deadline-parts.xsl"/>
  <xsl:include href="royalty-rows.xsl"/>

  <xsl:variable name="E" select="/admin/content/edit"/>
  <xsl:variable name="is-new" select="not(normalize-space($E/@id))"/>
  <xsl:variable name="readonly" select="not($E/transitions/transition[@action = 'save'])"/>
  <!-- where mod_portal serves the files of assets/dist/ -->
  <xsl:variable name="assets" select="'/admin/tai-nguyen/'"/>

  <!-- ============================================================ the body's editor -->
  <xsl:template name="head-extra">
    <xsl:if test="$E/body and not($readonly)">
      <link rel="stylesheet" href="{$assets}editor.css"/>
      <script src="{$assets}editor.js" defer="defer"></script>
    </xsl:if>
  </xsl:template>

  <xsl:template name="editor-attributes">
    <xsl:attribute name="data-editor">html</xsl:attribute>
    <xsl:attribute name="data-ed-toolbar"><xsl:value-of select="$L/ed-toolbar"/></xsl:attribute>
    <xsl:attribute name="data-ed-bold"><xsl:value-of select="$L/ed-bold"/></xsl:attribute>
    <xsl:attribute name="data-ed-italic"><xsl:value-of select="$L/ed-italic"/></xsl:attribute>
    <xsl:attribute name="data-ed-h2"><xsl:value-of select="$L/ed-h2"/></xsl:attribute>
    <xsl:attribute name="data-ed-h3"><xsl:value-of select="$L/ed-h3"/></xsl:attribute>
    <xsl:attribute name="data-ed-bullet"><xsl:value-of select="$L/ed-bullet"/></xsl:attribute>
    <xsl:attribute name="data-ed-ordered"><xsl:value-of select="$L/ed-ordered"/></xsl:attribute>
    <xsl:attribute name="data-ed-quote"><xsl:value-of select="$L/ed-quote"/></xsl:attribute>
    <xsl:attribute name="data-ed-link"><xsl:value-of select="$L/ed-link"/></xsl:attribute>
    <xsl:attribute name="data-ed-table"><xsl:value-of select="$L/ed-table"/></xsl:attribute>
    <xsl:attribute name="data-ed-undo"><xsl:value-of select="$L/ed-undo"/></xsl:attribute>
    <xsl:attribute name="data-ed-redo"><xsl:value-of select="$L/ed-redo"/></xsl:attribute>
    <xsl:attribute name="data-ed-source"><xsl:value-of select="$L/ed-source"/></xsl:attribute>
    <xsl:attribute name="data-ed-row-add"><xsl:value-of select="$L/ed-row-add"/></xsl:attribute>
    <xsl:attribute name="data-ed-col-add"><xsl:value-of select="$L/ed-col-add"/></xsl:attribute>
    <xsl:attribute name="data-ed-row-del"><xsl:value-of select="$L/ed-row-del"/></xsl:attribute>
    <xsl:attribute name="data-ed-col-del"><xsl:value-of select="$L/ed-col-del"/></xsl:attribute>
    <xsl:attribute name="data-ed-table-del"><xsl:value-of select="$L/ed-table-del"/></xsl:attribute>
    <xsl:attribute name="data-ed-link-url"><xsl:value-of select="$L/ed-link-url"/></xsl:attribute>
    <xsl:attribute name="data-ed-link-apply"><xsl:value-of select="$L/ed-link-apply"/></xsl:attribute>
    <xsl:attribute name="data-ed-link-remove"><xsl:value-of select="$L/ed-link-remove"/></xsl:attribute>
    <xsl:attribute name="data-ed-cancel"><xsl:value-of select="$L/ed-cancel"/></xsl:attribute>
    <xsl:attribute name="data-ed-link-invalid"><xsl:value-of select="$L/ed-link-invalid"/></xsl:attribute>
    <xsl:attribute name="data-ed-help"><xsl:value-of select="$L/ed-help"/></xsl:attribute>
    <xsl:attribute name="data-ed-loss"><xsl:value-of select="$L/ed-loss"/></xsl:attribute>
  </xsl:template>

  <xsl:template match="content/edit" mode="title">
    <xsl:choose>
      <xsl:when test="$is-new"><xsl:value-of select="$L/new-title"/></xsl:when>
      <xsl:otherwise>
        <xsl:value-of select="$L/edit-title"/>
        <xsl:if test="normalize-space(field[@name = 'title']/@value)">
          <xsl:value-of select="concat(': ', normalize-space(field[@name = 'title']/@value))"/>
        </xsl:if>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <xsl:template match="content/edit">
    <h1>
      <xsl:choose>
        <xsl:when test="$is-new"><xsl:value-of select="$L/new-title"/></xsl:when>
        <xsl:otherwise><xsl:value-of select="$L/edit-title"/></xsl:otherwise>
      </xsl:choose>
    </h1>
    <xsl:if test="not($is-new)">
      <p class="meta">
        <xsl:call-template name="fmt">
          <xsl:with-param name="key" select="'article-id'"/>
          <xsl:with-param name="a" select="@id"/>
        </xsl:call-template>
        <xsl:value-of select="concat(' · ', $L/status, ' ')"/>
        <xsl:call-template name="status"/>
      </p>
    </xsl:if>
    <xsl:if test="string(@preview-href)">
      <p><a href="{@preview-href}"><xsl:value-of select="$L/preview"/></a></p>
    </xsl:if>
    <xsl:if test="string(@public-href)">
      <p><a href="{@public-href}"><xsl:value-of select="$L/view-public"/></a></p>
    </xsl:if>
    <xsl:call-template name="error-summary"/>
    <xsl:if test="normalize-space(reject-reason)">
      <div class="notice" role="region" aria-labelledby="ly-do-tra-lai">
        <h2 id="ly-do-tra-lai"><xsl:value-of select="$L/rejected-heading"/></h2>
        <p class="reason-text">
          <span class="sr-only"><xsl:value-of select="concat($L/reject-reason, ' ')"/></span>
          <xsl:value-of select="reject-reason"/>
        </p>
      </div>
    </xsl:if>
    <xsl:if test="not(transitions/transition)">
      <p class="notice"><xsl:value-of select="$L/no-actions"/></p>
    </xsl:if>
    <xsl:apply-templates select="deadline"/>
    <xsl:apply-templates select="diff"/>
    <form method="post" action="{@action}">
      <xsl:call-template name="csrf"/>
      <xsl:apply-templates select="field | categories | typed | body"/>
      <xsl:apply-templates select="credits"/>
      <xsl:apply-templates select="transitions"/>
    </form>
    <xsl:apply-templates select="history"/>
  </xsl:template>

  <!-- ============================================================ error summary -->
  <xsl:template name="error-summary">
    <xsl:variable name="bad" select="(field | categories | typed/tfield | body | transitions/transition)[error or normalize-space(@error)]"/>
    <xsl:if test="$bad">
      <div class="error-summary" role="region" aria-labelledby="tom-tat-loi">
        <h2 id="tom-tat-loi"><xsl:value-of select="$L/error-summary"/></h2>
        <ul>
          <xsl:for-each select="$bad">
            <li>
              <a>
                <xsl:attribute name="href">#<xsl:apply-templates select="." mode="id"/></xsl:attribute>
                <xsl:apply-templates select="." mode="label"/>
                <xsl:text>: </xsl:text><xsl:apply-templates select="." mode="error"/>
              </a>
            </li>
          </xsl:for-each>
        </ul>
      </div>
    </xsl:if>
  </xsl:template>

  <!-- ids and labels of the controls (shared by the controls and the error summary) -->
  <xsl:template match="tfield" mode="id"><xsl:value-of select="concat('f-', @name)"/></xsl:template>
  <xsl:template match="tfield" mode="label"><xsl:value-of select="@label"/></xsl:template>
  <xsl:template match="field | categories | body" mode="id">
    <xsl:value-of select="concat('f-', @name)"/>
  </xsl:template>
  <xsl:template match="body[not(@name)]" mode="id">f-body</xsl:template>
  <xsl:template match="categories[not(@name)]" mode="id">f-category</xsl:template>
  <xsl:template match="transition" mode="id">
    <xsl:value-of select="concat('f-reason-', @action)"/>
  </xsl:template>

  <xsl:template match="field" mode="label">
    <xsl:call-template name="label">
      <xsl:with-param name="prefix" select="'f-'"/>
      <xsl:with-param name="value">
        <xsl:choose>
          <xsl:when test="normalize-space(@label-key)"><xsl:value-of select="@label-key"/></xsl:when>
          <xsl:otherwise><xsl:value-of select="@name"/></xsl:otherwise>
        </xsl:choose>
      </xsl:with-param>
    </xsl:call-template>
  </xsl:template>
  <xsl:template match="categories" mode="label">
    <xsl:choose>
      <xsl:when test="@label-key"><xsl:call-template name="str"><xsl:with-param name="key" select="current()/@label-key"/></xsl:call-template></xsl:when>
      <xsl:otherwise><xsl:value-of select="$L/f-category"/></xsl:otherwise>
    </xsl:choose>
  </xsl:template>
  <xsl:template match="body" mode="label"><xsl:value-of select="$L/f-body"/></xsl:template>
  <xsl:template match="transition" mode="label">
    <xsl:choose>
      <xsl:when test="$L/*[local-name() = concat('reason-', current()/@action)]">
        <xsl:call-template name="str"><xsl:with-param name="key" select="concat('reason-', current()/@action)"/></xsl:call-template>
      </xsl:when>
      <xsl:otherwise><xsl:value-of select="$L/reason"/></xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- ============================================================ fields -->
  <!-- the update deadline of an existing item (deadline-parts.xsl words the outcome) -->
  <xsl:template match="edit/deadline">
    <p class="meta dl-item">
      <xsl:value-of select="concat($L/dl-deadline, ': ')"/>
      <xsl:apply-templates select="." mode="dl-kind"/>
      <xsl:value-of select="concat(' · ', $L/dl-received, ' ', @received, ' · ', $L/dl-due, ' ', @due)"/>
      <xsl:if test="@published">
        <xsl:value-of select="concat(' · ', $L/dl-published, ' ', @published)"/>
      </xsl:if>
      <xsl:text> · </xsl:text>
      <xsl:apply-templates select="." mode="dl-outcome"/>
    </p>
  </xsl:template>

  <xsl:template match="field[@type = 'checkbox']">
    <xsl:variable name="id"><xsl:apply-templates select="." mode="id"/></xsl:variable>
    <div class="field check">
      <input type="checkbox" id="{$id}" name="{@name}" value="{@value}">
        <xsl:if test="@checked = '1'"><xsl:attribute name="checked">checked</xsl:attribute></xsl:if>
        <xsl:if test="$readonly"><xsl:attribute name="disabled">disabled</xsl:attribute></xsl:if>
      </input>
      <label for="{$id}"><xsl:apply-templates select="." mode="label"/></label>
    </div>
  </xsl:template>

  <xsl:template match="field">
    <xsl:call-template name="form-field">
      <xsl:with-param name="id"><xsl:apply-templates select="." mode="id"/></xsl:with-param>
      <xsl:with-param name="name" select="@name"/>
      <xsl:with-param name="label"><xsl:apply-templates select="." mode="label"/></xsl:with-param>
      <xsl:with-param name="type">
        <xsl:choose>
          <xsl:when test="@type = 'url'">url</xsl:when>
          <xsl:when test="@type = 'datetime-local'">datetime-local</xsl:when>
          <xsl:otherwise>text</xsl:otherwise>
        </xsl:choose>
      </xsl:with-param>
      <xsl:with-param name="value" select="@value"/>
      <xsl:with-param name="multiline" select="@multiline = '1'"/>
      <xsl:with-param name="rows" select="4"/>
      <xsl:with-param name="required" select="@required = '1'"/>
      <xsl:with-param name="maxlength" select="@maxlength"/>
      <xsl:with-param name="hint" select="$L/*[local-name() = concat('hint-', current()/@name)]"/>
      <xsl:with-param name="error"><xsl:apply-templates select="." mode="error"/></xsl:with-param>
      <xsl:with-param name="readonly" select="$readonly"/>
      <xsl:with-param name="plain" select="@type = 'url'"/>
    </xsl:call-template>
  </xsl:template>

  <xsl:template match="categories">
    <xsl:variable name="id"><xsl:apply-templates select="." mode="id"/></xsl:variable>
    <xsl:variable name="name">
      <xsl:choose>
        <xsl:when test="@name"><xsl:value-of select="@name"/></xsl:when>
        <xsl:otherwise>category</xsl:otherwise>
      </xsl:choose>
    </xsl:variable>
    <div>
      <xsl:attribute name="class">
        <xsl:text>field</xsl:text>
        <xsl:if test="error or normalize-space(@error)"> has-error</xsl:if>
      </xsl:attribute>
      <xsl:call-template name="label-of">
        <xsl:with-param name="id" select="$id"/>
        <xsl:with-param name="label"><xsl:apply-templates select="." mode="label"/></xsl:with-param>
        <xsl:with-param name="required" select="@required = '1'"/>
      </xsl:call-template>
      <xsl:call-template name="error-of">
        <xsl:with-param name="id" select="$id"/>
        <xsl:with-param name="error"><xsl:apply-templates select="." mode="error"/></xsl:with-param>
      </xsl:call-template>
      <select id="{$id}" name="{$name}">
        <xsl:if test="@required = '1'"><xsl:attribute name="required">required</xsl:attribute></xsl:if>
        <xsl:if test="$readonly"><xsl:attribute name="disabled">disabled</xsl:attribute></xsl:if>
        <xsl:call-template name="described">
          <xsl:with-param name="id" select="$id"/>
          <xsl:with-param name="error"><xsl:apply-templates select="." mode="error"/></xsl:with-param>
        </xsl:call-template>
        <xsl:if test="not(category[@selected = '1'])">
          <option value="" selected="selected"><xsl:value-of select="$L/choose-category"/></option>
        </xsl:if>
        <xsl:for-each select="category">
          <option value="{@id}">
            <xsl:if test="@selected = '1'"><xsl:attribute name="selected">selected</xsl:attribute></xsl:if>
            <xsl:apply-templates select="." mode="say"/>
          </option>
        </xsl:for-each>
      </select>
    </div>
  </xsl:template>

  <!-- ============================================================ the fields of a content type -->
  <xsl:template match="typed">
    <fieldset class="typed">
      <legend><xsl:value-of select="concat($L/typed-fields, ' ', @name)"/></legend>
      <xsl:apply-templates select="tfield"/>
    </fieldset>
  </xsl:template>

  <xsl:template match="tfield">
    <xsl:variable name="id"><xsl:apply-templates select="." mode="id"/></xsl:variable>
    <xsl:call-template name="form-field">
      <xsl:with-param name="id" select="$id"/>
      <xsl:with-param name="name" select="@name"/>
      <xsl:with-param name="label" select="@label"/>
      <xsl:with-param name="type">
        <xsl:choose>
          <xsl:when test="@kind = 'date' or @kind = 'time' or @kind = 'url' or @kind = 'email'"><xsl:value-of select="@kind"/></xsl:when>
          <xsl:when test="@kind = 'phone'">tel</xsl:when>
          <xsl:otherwise>text</xsl:otherwise>
        </xsl:choose>
      </xsl:with-param>
      <xsl:with-param name="value" select="@value"/>
      <xsl:with-param name="multiline" select="@kind = 'long' or @kind = 'doclist'"/>
      <xsl:with-param name="rows" select="4"/>
      <xsl:with-param name="required" select="@required = '1'"/>
      <xsl:with-param name="hint" select="$L/*[local-name() = concat('hint-kind-', current()/@kind)]"/>
      <xsl:with-param name="error"><xsl:apply-templates select="." mode="error"/></xsl:with-param>
      <xsl:with-param name="readonly" select="$readonly"/>
      <xsl:with-param name="plain" select="@kind = 'url' or @kind = 'email' or @kind = 'docnumber'"/>
    </xsl:call-template>
  </xsl:template>

  <xsl:template match="tfield[@kind = 'choice']">
    <xsl:variable name="id"><xsl:apply-templates select="." mode="id"/></xsl:variable>
    <div>
      <xsl:attribute name="class">field<xsl:if test="error"> has-error</xsl:if></xsl:attribute>
      <xsl:call-template name="label-of">
        <xsl:with-param name="id" select="$id"/>
        <xsl:with-param name="label" select="@label"/>
        <xsl:with-param name="required" select="@required = '1'"/>
      </xsl:call-template>
      <xsl:call-template name="error-of">
        <xsl:with-param name="id" select="$id"/>
        <xsl:with-param name="error"><xsl:apply-templates select="." mode="error"/></xsl:with-param>
      </xsl:call-template>
      <select id="{$id}" name="{@name}">
        <xsl:if test="@required = '1'"><xsl:attribute name="required">required</xsl:attribute></xsl:if>
        <xsl:if test="$readonly"><xsl:attribute name="disabled">disabled</xsl:attribute></xsl:if>
        <xsl:call-template name="described">
          <xsl:with-param name="id" select="$id"/>
          <xsl:with-param name="error"><xsl:apply-templates select="." mode="error"/></xsl:with-param>
        </xsl:call-template>
        <option value=""><xsl:value-of select="$L/choose-one"/></option>
        <xsl:for-each select="option">
          <option value="{@value}">
            <xsl:if test="@selected = '1'"><xsl:attribute name="selected">selected</xsl:attribute></xsl:if>
            <xsl:value-of select="."/>
          </option>
        </xsl:for-each>
      </select>
    </div>
  </xsl:template>

  <xsl:template match="tfield[@kind = 'files']">
    <xsl:variable name="id"><xsl:apply-templates select="." mode="id"/></xsl:variable>
    <fieldset id="{$id}" class="files">
      <legend><xsl:value-of select="@label"/></legend>
      <xsl:call-template name="error-of">
        <xsl:with-param name="id" select="$id"/>
        <xsl:with-param name="error"><xsl:apply-templates select="." mode="error"/></xsl:with-param>
      </xsl:call-template>
      <xsl:choose>
        <xsl:when test="option">
          <xsl:for-each select="option">
            <div class="check">
              <input type="checkbox" id="{$id}-{@value}" name="{../@name}" value="{@value}">
                <xsl:if test="@selected = '1'"><xsl:attribute name="checked">checked</xsl:attribute></xsl:if>
                <xsl:if test="$readonly"><xsl:attribute name="disabled">disabled</xsl:attribute></xsl:if>
              </input>
              <label for="{$id}-{@value}"><xsl:value-of select="."/></label>
            </div>
          </xsl:for-each>
        </xsl:when>
        <xsl:otherwise><p><xsl:value-of select="$L/no-uploads-yet"/></p></xsl:otherwise>
      </xsl:choose>
    </fieldset>
  </xsl:template>

  <xsl:template match="body">
    <xsl:call-template name="form-field">
      <xsl:with-param name="id"><xsl:apply-templates select="." mode="id"/></xsl:with-param>
      <xsl:with-param name="name">
        <xsl:choose>
          <xsl:when test="@name"><xsl:value-of select="@name"/></xsl:when>
          <xsl:otherwise>body</xsl:otherwise>
        </xsl:choose>
      </xsl:with-param>
      <xsl:with-param name="label"><xsl:apply-templates select="." mode="label"/></xsl:with-param>
      <!-- every text node (CDATA sections included), not an <error> child -->
      <xsl:with-param name="value"><xsl:for-each select="text()"><xsl:value-of select="."/></xsl:for-each></xsl:with-param>
      <xsl:with-param name="multiline" select="true()"/>
      <xsl:with-param name="rows" select="18"/>
      <xsl:with-param name="hint" select="$L/hint-body"/>
      <xsl:with-param name="error"><xsl:apply-templates select="." mode="error"/></xsl:with-param>
      <xsl:with-param name="readonly" select="$readonly"/>
      <xsl:with-param name="class" select="'code'"/>
      <xsl:with-param name="editor" select="not($readonly)"/>
    </xsl:call-template>
  </xsl:template>

  <!-- ============================================================ transitions -->
  <xsl:template match="transitions">
    <xsl:if test="transition">
      <section class="actions" aria-labelledby="thao-tac">
        <h2 id="thao-tac"><xsl:value-of select="$L/actions"/></h2>
        <xsl:if test="transition[not(@needs-reason = '1')]">
          <div class="buttons">
            <xsl:apply-templates select="transition[@action = 'save'][not(@needs-reason = '1')]" mode="button"/>
            <xsl:apply-templates select="transition[@action != 'save'][not(@needs-reason = '1')]" mode="button"/>
          </div>
        </xsl:if>
        <xsl:for-each select="transition[@needs-reason = '1']">
          <div class="reason">
            <xsl:call-template name="form-field">
              <xsl:with-param name="id"><xsl:apply-templates select="." mode="id"/></xsl:with-param>
              <xsl:with-param name="name" select="'reason'"/>
              <xsl:with-param name="label"><xsl:apply-templates select="." mode="label"/></xsl:with-param>
              <xsl:with-param name="note" select="$L/required"/>
              <xsl:with-param name="value" select="''"/>
              <xsl:with-param name="multiline" select="true()"/>
              <xsl:with-param name="rows" select="3"/>
              <xsl:with-param name="hint" select="$L/*[local-name() = concat('reason-hint-', current()/@action)]"/>
              <xsl:with-param name="error"><xsl:apply-templates select="." mode="error"/></xsl:with-param>
            </xsl:call-template>
            <div class="buttons">
              <xsl:apply-templates select="." mode="button"/>
            </div>
          </div>
        </xsl:for-each>
      </section>
    </xsl:if>
  </xsl:template>

  <xsl:template match="transition" mode="button">
    <xsl:variable name="a" select="string(@action)"/>
    <button type="submit" name="action" value="{$a}">
      <xsl:choose>
        <xsl:when test="$a = 'save'"><xsl:attribute name="class">secondary</xsl:attribute></xsl:when>
        <xsl:when test="$a = 'approve'"><xsl:attribute name="class">approve</xsl:attribute></xsl:when>
        <xsl:when test="$a = 'reject' or $a = 'unpublish' or $a = 'archive'">
          <xsl:attribute name="class">danger</xsl:attribute>
        </xsl:when>
      </xsl:choose>
      <xsl:if test="$a = 'reject' or $a = 'unpublish' or $a = 'archive'">
        <xsl:attribute name="formnovalidate">formnovalidate</xsl:attribute>
      </xsl:if>
      <xsl:choose>
        <!-- saving a submitted or edited revision keeps its state: not a "draft" -->
        <xsl:when test="$a = 'save' and ($E/@wf-state = 'submitted' or $E/@wf-state = 'edited')">
          <xsl:value-of select="$L/act-save-keep"/>
        </xsl:when>
        <xsl:otherwise>
          <xsl:call-template name="label">
            <xsl:with-param name="prefix" select="'act-'"/>
            <xsl:with-param name="value" select="$a"/>
          </xsl:call-template>
        </xsl:otherwise>
      </xsl:choose>
    </button>
  </xsl:template>

  <!-- ============================================================ royalties -->
  <!-- <credits href translation?>: the providers recorded, or the rows to record with the
       approval (royalty-rows.xsl) -->
  <xsl:template match="edit/credits">
    <section class="credits" aria-labelledby="nhuan-but">
      <h2 id="nhuan-but"><xsl:value-of select="$L/roy-credits"/></h2>
      <xsl:if test="@translation = '1'"><p class="hint"><xsl:value-of select="$L/roy-translation-hint"/></p></xsl:if>
      <xsl:choose>
        <xsl:when test="credit">
          <p><xsl:value-of select="$L/roy-recorded"/></p>
          <xsl:call-template name="credit-list"/>
        </xsl:when>
        <xsl:when test="row">
          <p class="hint"><xsl:value-of select="$L/roy-credits-hint"/></p>
          <xsl:apply-templates select="row"/>
        </xsl:when>
        <xsl:otherwise><p><xsl:value-of select="$L/roy-none-recorded"/></p></xsl:otherwise>
      </xsl:choose>
      <p><a href="{@href}"><xsl:value-of select="$L/roy-edit"/></a></p>
    </section>
  </xsl:template>

  <!-- ============================================================ history -->
  <!-- ============================================================ diff -->
  <!-- What the working revision changes in the published text, word by word: <del> and <ins>
       are announced by screen readers; the legend says what the colours mean. -->
  <xsl:template match="diff">
    <section class="diff" aria-labelledby="thay-doi">
      <h2 id="thay-doi"><xsl:value-of select="$L/diff-heading"/></h2>
      <p class="hint"><xsl:value-of select="$L/diff-legend"/></p>
      <xsl:choose>
        <xsl:when test="@too-large"><p><xsl:value-of select="$L/diff-too-large"/></p></xsl:when>
        <xsl:otherwise>
          <p class="diff-text">
            <xsl:for-each select="*">
              <xsl:choose>
                <xsl:when test="self::del"><del><xsl:value-of select="."/></del></xsl:when>
                <xsl:when test="self::ins"><ins><xsl:value-of select="."/></ins></xsl:when>
                <xsl:otherwise><xsl:value-of select="."/></xsl:otherwise>
              </xsl:choose>
              <xsl:text> </xsl:text>
            </xsl:for-each>
          </p>
        </xsl:otherwise>
      </xsl:choose>
    </section>
  </xsl:template>

  <xsl:template match="history">
    <section class="history" aria-labelledby="lich-su">
      <h2 id="lich-su"><xsl:value-of select="$L/history"/></h2>
      <xsl:choose>
        <xsl:when test="event">
          <div class="table-wrap" role="region" aria-labelledby="lich-su" tabindex="0">
            <table>
              <thead>
                <tr>
                  <th scope="col"><xsl:value-of select="$L/col-at"/></th>
                  <th scope="col"><xsl:value-of select="$L/col-user"/></th>
                  <th scope="col"><xsl:value-of select="$L/col-action"/></th>
                  <th scope="col"><xsl:value-of select="$L/col-from"/></th>
                  <th scope="col"><xsl:value-of select="$L/col-to"/></th>
                  <th scope="col"><xsl:value-of select="$L/col-reason"/></th>
                </tr>
              </thead>
              <tbody>
                <xsl:for-each select="event">
                  <tr>
                    <td class="nowrap"><xsl:value-of select="@at"/></td>
                    <td><xsl:value-of select="@login"/></td>
                    <td>
                      <xsl:call-template name="label">
                        <xsl:with-param name="prefix" select="'act-'"/>
                        <xsl:with-param name="value" select="@action"/>
                      </xsl:call-template>
                    </td>
                    <td><xsl:call-template name="state"><xsl:with-param name="s" select="@from"/></xsl:call-template></td>
                    <td><xsl:call-template name="state"><xsl:with-param name="s" select="@to"/></xsl:call-template></td>
                    <td>
                      <xsl:choose>
                        <xsl:when test="@key or normalize-space(.)"><xsl:apply-templates select="." mode="say"/></xsl:when>
                        <xsl:otherwise><xsl:value-of select="$L/none"/></xsl:otherwise>
                      </xsl:choose>
                    </td>
                  </tr>
                </xsl:for-each>
              </tbody>
            </table>
          </div>
        </xsl:when>
        <xsl:otherwise>
          <p><xsl:value-of select="$L/history-empty"/></p>
        </xsl:otherwise>
      </xsl:choose>
    </section>
  </xsl:template>
</xsl:stylesheet>
