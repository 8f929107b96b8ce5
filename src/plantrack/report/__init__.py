"""plantrack.report"""
