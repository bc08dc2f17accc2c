<?xml version="1.0" encoding="UTF-8"?>
<!-- gazette.xsl - issues of the official gazette, newest first; an issue lists its documents
     with their summaries. -->
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform">
  <xsl:import href="types.xsl"/>
</xsl:stylesheet>
