"""Excel interchange: the handover matrix workbook, its import and three-way merge."""
