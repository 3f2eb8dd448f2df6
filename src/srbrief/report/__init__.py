"""The briefing: analyses over the tables, charts, figures saved to files, the HTML blocks
and the rendering to HTML and PDF."""
