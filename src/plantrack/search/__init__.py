"""plantrack.search"""
