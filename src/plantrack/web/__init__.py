"""plantrack.web"""
