"""The Reports tab: funnel, sources (ROI) and activity, each number a filter of the list."""
