export { siteSearch as GET } from '../../../../../search/endpoints'
