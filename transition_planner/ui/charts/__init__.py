"""Charts of the gap dashboards (pyqtgraph); imported only when the dashboard is first shown."""
